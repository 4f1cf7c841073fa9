package org.trackone;

/**
 * Input refused for its size alone, such as an uploaded file over the limit: the API
 * answers 413 naming the field, pages show the reason.
 */
public class ContentTooLarge extends RuleViolation {

    public ContentTooLarge(String field, String messageCode, Object... arguments) {
        super(field, messageCode, arguments);
    }
}
