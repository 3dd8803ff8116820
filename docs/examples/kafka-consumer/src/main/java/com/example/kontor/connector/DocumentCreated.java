package com.example.kontor.connector;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * The fields of {@code kontor.document.created.v1} this connector uses (the whole shape is in docs/asyncapi.yaml).
 * Unknown fields are ignored: Kontor adds fields to a type without a new version, and an old connector must keep
 * working when it does.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record DocumentCreated(String documentId, String clientId, String partnerId, String type, String fileName,
                              String sha256) {
}
