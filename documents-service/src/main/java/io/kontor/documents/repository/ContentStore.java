package io.kontor.documents.repository;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.UUID;

/**
 * Where the original bytes of documents live. PostgreSQL by default ({@link PostgresContentStore}); an
 * S3-compatible object store can implement this too. Originals are written once and never changed.
 */
public interface ContentStore {

    /**
     * Stores a document's original, read from {@code file} as a stream. A transactional store joins the caller's
     * transaction, so the original commits or rolls back with the document's row.
     */
    void store(UUID documentId, Path file, long sizeBytes);

    /** Writes a stored original to {@code out} piece by piece, never holding the whole of it in memory. */
    void copyTo(UUID documentId, long sizeBytes, OutputStream out) throws IOException;
}
