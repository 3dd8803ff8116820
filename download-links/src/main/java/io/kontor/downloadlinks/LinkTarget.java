package io.kontor.downloadlinks;

import java.util.UUID;

/** The document a download link grants access to. */
public record LinkTarget(String partnerId, UUID clientId, UUID documentId) {
}
