package io.kontor.owners;

import io.kontor.problem.ServiceUnavailable;

import java.time.Duration;

/**
 * The service that owns a resource could not be asked about it: unreachable, too slow, or an answer that cannot be
 * used. Nothing was changed; the caller may try again.
 */
public class OwnerUnavailable extends ServiceUnavailable {

    /**
     * @param owner   the service asked, e.g. {@code documents-service}
     * @param subject what it was asked about, e.g. {@code client 1b4e…}
     */
    public OwnerUnavailable(String owner, String subject, Duration retryAfter) {
        super("owner-unavailable", "Owner service unavailable",
                "Kontor could not check " + subject + " with " + owner + ": no usable answer in time. Nothing was "
                        + "changed; try again in a few seconds.",
                retryAfter);
    }
}
