package io.kontor.downloadlinks;

import java.time.Instant;

/** A token that grants nothing: not signed with this key or altered, or genuine but expired. */
public class DownloadLinkRefused extends RuntimeException {

    private final Instant expiredAt;

    DownloadLinkRefused(Instant expiredAt) {
        super(expiredAt == null ? "the download link is not valid" : "the download link expired at " + expiredAt,
                null, false, false);
        this.expiredAt = expiredAt;
    }

    /** Whether the token is genuine and only too old (a new link will do), rather than forged or altered. */
    public boolean isExpired() {
        return expiredAt != null;
    }

    /** When a genuine token expired; null for an invalid one. */
    public Instant expiredAt() {
        return expiredAt;
    }
}
