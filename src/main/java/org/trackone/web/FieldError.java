package org.trackone.web;

/** One invalid input field and why, as the API reports it in a problem's {@code errors}. */
public record FieldError(String field, String reason) {
}
