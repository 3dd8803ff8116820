package io.kontor.documents.service;

import io.kontor.problem.InvalidInput;
import io.kontor.problem.Violation;

import java.util.List;

/** The {@code limit} of a list request: the default when absent, refused (422) outside 1..max. */
final class PageSize {

    private PageSize() {
    }

    static int of(Integer requested, int defaultSize, int maxSize) {
        if (requested == null) {
            return Math.min(defaultSize, maxSize);
        }
        if (requested < 1 || requested > maxSize) {
            throw new InvalidInput("validation-failed", "Request validation failed",
                    "Fix these fields and send the request again: limit.",
                    List.of(new Violation("limit", "must be between 1 and " + maxSize)));
        }
        return requested;
    }
}
