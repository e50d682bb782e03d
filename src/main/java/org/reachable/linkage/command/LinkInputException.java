package org.reachable.linkage.command;

/** Bad arguments or input files for {@code link}: the message says which file, line, column or value, and why. */
final class LinkInputException extends RuntimeException {

    LinkInputException(String message) {
        super(message);
    }
}
