package org.trackone.framework;

/**
 * Published when the secretariat creates or edits a participant, body or format.
 *
 * @param subjectType PARTICIPANT, BODY, FORMAT or PROPOSAL
 */
public record FrameworkEdited(String subjectType, String subjectCode, String editedBy) {
}
