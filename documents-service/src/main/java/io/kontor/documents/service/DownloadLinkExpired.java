package io.kontor.documents.service;

import io.kontor.problem.ProblemException;

import java.time.Instant;

/** A genuine download link whose time is up. 410: it will not work again, however often it is retried. */
public class DownloadLinkExpired extends ProblemException {

    public DownloadLinkExpired(Instant expiredAt) {
        super(410, "download-link-expired", "Download link expired",
                "This download link expired at " + expiredAt + ". Ask for a new link "
                        + "(POST …/documents/{documentId}/download-link).");
    }
}
