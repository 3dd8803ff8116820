package io.kontor.documents.service;

import io.kontor.documents.DocumentDetails;
import io.kontor.events.documents.DocumentType;

/**
 * One upload into a client's folder.
 *
 * @param type           the uploader's folder, or null to let the file decide
 * @param allowDuplicate store the document even if the client already has one with the same bytes
 */
public record UploadCommand(UploadedOriginal original, DocumentType type, DocumentDetails details,
                            boolean allowDuplicate) {
}
