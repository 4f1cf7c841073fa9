package org.trackone.framework;

/**
 * Published when the secretariat creates or edits a participant, body or format.
 *
 * @param subjectType PARTICIPANT, BODY or FORMAT
 */
public record FrameworkEdited(String subjectType, String subjectCode, String editedBy) {
}
