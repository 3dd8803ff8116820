package io.kontor.documents.service;

import io.kontor.documents.StoredFile;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.tika.detect.Detector;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.mime.MediaType;
import org.apache.tika.mime.MimeTypes;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Establishes the facts of an uploaded original from its bytes: the size, the SHA-256 and the media type. The
 * uploader's Content-Type and file name are not consulted: a renamed PDF is still a PDF, and a file claiming to be
 * a PDF is not one unless its bytes say so.
 */
@ApplicationScoped
public class OriginalInspector {

    static final String UNKNOWN = "application/octet-stream";

    /** Magic numbers and XML root elements only; no file name, so the detection cannot be talked into anything. */
    private final Detector detector = MimeTypes.getDefaultMimeTypes();

    public StoredFile inspect(Path file, String fileName) {
        return new StoredFile(fileName, mediaType(file), size(file), sha256(file));
    }

    String mediaType(Path file) {
        try (TikaInputStream in = TikaInputStream.get(file)) {
            MediaType type = detector.detect(in, new Metadata());
            return type == null ? UNKNOWN : type.getBaseType().toString();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the uploaded file", e);
        }
    }

    static String sha256(Path file) {
        MessageDigest digest = digest();
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), digest)) {
            in.transferTo(OutputStream.nullOutputStream());
            return HexFormat.of().formatHex(digest.digest());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the uploaded file", e);
        }
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the uploaded file", e);
        }
    }

    private static MessageDigest digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
