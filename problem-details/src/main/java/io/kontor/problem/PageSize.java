package io.kontor.problem;

import java.util.List;

/**
 * The {@code limit} of a list request: the default when absent, refused (422, naming {@code limit}) outside
 * 1..max. Shared so that every list of every service answers the same way.
 */
public final class PageSize {

    private PageSize() {
    }

    public static int of(Integer requested, int defaultSize, int maxSize) {
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
