package com.example.kontor.connector;

/**
 * What this connector does with a new document: fetch the original the way any connector would (a signed link,
 * then the link alone), check it is the original the event announced, and describe it in one line. A real
 * connector would hand the bytes on to its accounting package here.
 */
class DocumentHandler {

    private final DocumentsApi documents;

    DocumentHandler(DocumentsApi documents) {
        this.documents = documents;
    }

    /**
     * @return the line to print; a document whose original cannot be had for good (deleted, another firm's) is
     *         described as such
     * @throws OriginalUnavailable only when a later try may succeed: the caller handles the event again then
     */
    String handle(DocumentCreated document) throws OriginalUnavailable {
        String outcome;
        try {
            DocumentsApi.Original original = documents.download(
                    documents.downloadLink(document.clientId(), document.documentId()));
            boolean matches = original.sha256().equalsIgnoreCase(document.sha256());
            outcome = original.sizeBytes() + " bytes, SHA-256 "
                    + (matches ? "matches" : "DIFFERS from the event's " + document.sha256());
        } catch (OriginalUnavailable e) {
            if (e.retryable()) {
                throw e;
            }
            outcome = "original unavailable: " + e.getMessage();
        }
        // fileName is optional in the contract (docs/asyncapi.yaml): the name the file was uploaded under, if any.
        String fileName = document.fileName() == null ? "(no file name)" : document.fileName();
        return document.type() + " " + fileName + ", " + outcome + ", client " + document.clientId()
                + ", document " + document.documentId();
    }
}
