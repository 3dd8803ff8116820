package io.kontor.documents.service;

import io.kontor.events.EventJson;
import io.kontor.formats.DocumentReader;
import io.kontor.formats.ReadDocument;
import jakarta.enterprise.context.ApplicationScoped;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads what an uploaded original says (kontor-document-formats): its format, an e-invoice's facts, the statements
 * in it. The reader refuses hostile input itself and never throws for bad input; the size is capped by the upload
 * limit before this runs.
 */
@ApplicationScoped
public class OriginalReading {

    private final DocumentReader reader = new DocumentReader();

    public ReadDocument read(Path original) {
        try {
            return reader.read(Files.readAllBytes(original));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the uploaded file", e);
        }
    }

    /** The invoice's facts as read, as JSON for the record; null when the file is no invoice. */
    public String invoiceJson(ReadDocument read) {
        return read.invoice().map(facts -> new String(EventJson.write(facts), StandardCharsets.UTF_8)).orElse(null);
    }
}
