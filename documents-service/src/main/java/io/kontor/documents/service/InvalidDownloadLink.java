package io.kontor.documents.service;

import io.kontor.problem.ProblemException;

/** A download link this service did not sign, or one that was changed or cut short on the way. */
public class InvalidDownloadLink extends ProblemException {

    public InvalidDownloadLink() {
        super(403, "invalid-download-link", "Invalid download link",
                "This download link is not valid: it was changed or cut short, or it was signed with a key this "
                        + "service no longer uses. Ask for a new link (POST …/documents/{documentId}/download-link).");
    }
}
