package org.trackone;

/** A request named something that does not exist: 404 for the API and for pages. */
public class NotFound extends RuntimeException {

    public NotFound(String what, Object key) {
        super(what + " " + key + " does not exist");
    }
}
