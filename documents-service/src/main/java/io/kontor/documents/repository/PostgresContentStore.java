package io.kontor.documents.repository;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.UUID;

/**
 * Originals in the {@code document_content} table. Written with a streamed bind parameter; read back in slices of
 * {@link #SLICE_BYTES}, one short query each: the column is stored uncompressed (see V2__documents.sql), so
 * PostgreSQL reads only the TOAST chunks of each slice, and a slow downloader holds no connection between slices.
 */
@ApplicationScoped
public class PostgresContentStore implements ContentStore {

    static final int SLICE_BYTES = 1024 * 1024;

    private final AgroalDataSource dataSource;

    PostgresContentStore(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public void store(UUID documentId, Path file, long sizeBytes) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement insert = connection.prepareStatement(
                     "insert into document_content (document_id, content) values (?, ?)");
             InputStream in = Files.newInputStream(file)) {
            insert.setObject(1, documentId);
            insert.setBinaryStream(2, in, sizeBytes);
            insert.executeUpdate();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the uploaded file of document " + documentId, e);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot store the original of document " + documentId, e);
        }
    }

    @Override
    public void copyTo(UUID documentId, long sizeBytes, OutputStream out) throws IOException {
        // substring() counts from 1; bytea values are at most 1 GB, so an int reaches every byte.
        for (int start = 1; start <= sizeBytes; start += SLICE_BYTES) {
            out.write(slice(documentId, start));
        }
    }

    private byte[] slice(UUID documentId, int start) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement(
                     "select substring(content from ? for ?) from document_content where document_id = ?")) {
            select.setInt(1, start);
            select.setInt(2, SLICE_BYTES);
            select.setObject(3, documentId);
            try (ResultSet row = select.executeQuery()) {
                if (!row.next()) {
                    throw new IllegalStateException("document " + documentId + " has no stored original");
                }
                return row.getBytes(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the original of document " + documentId, e);
        }
    }
}
