package org.reachable.platform.web;

/** Nothing by that identifier (or nothing the user may know exists). Answered with 404. */
public class NotFoundException extends RuntimeException {

    public NotFoundException(String message) {
        super(message);
    }
}
