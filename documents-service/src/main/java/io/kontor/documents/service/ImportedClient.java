package io.kontor.documents.service;

import java.util.UUID;

/** One row of an import and the client it became; {@code id} is null in a dry run, which creates nothing. */
public record ImportedClient(int row, UUID id, String name) {
}
