package io.kontor.documents.service;

import io.kontor.problem.ProblemException;

/** A {@code cursor} this service did not hand out (or one that was cut short on the way back). */
public class InvalidCursor extends ProblemException {

    public InvalidCursor() {
        super(400, "invalid-cursor", "Invalid cursor",
                "The cursor parameter is not one this list returned. Pass the nextCursor value of the previous page "
                        + "unchanged, or leave it out to start from the first page.");
    }
}
