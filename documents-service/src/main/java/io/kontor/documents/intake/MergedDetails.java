package io.kontor.documents.intake;

import io.kontor.documents.DocumentDetails;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * The uploader's metadata completed with what the file says: a field the uploader set stays as they set it (a
 * person's word is never silently changed), an empty one takes the file's value, and every field where the two
 * disagree is named, so that the document can be flagged for someone to look at.
 */
public record MergedDetails(DocumentDetails details, List<String> disagreements) {

    public MergedDetails {
        disagreements = List.copyOf(disagreements);
    }

    public static MergedDetails of(DocumentDetails uploaded, DocumentDetails read) {
        List<String> disagreements = new ArrayList<>();
        DocumentDetails merged = new DocumentDetails(
                pick("documentNumber", uploaded, read, DocumentDetails::documentNumber, disagreements),
                pick("issueDate", uploaded, read, DocumentDetails::issueDate, disagreements),
                pick("dueDate", uploaded, read, DocumentDetails::dueDate, disagreements),
                pick("counterpartyName", uploaded, read, DocumentDetails::counterpartyName, disagreements),
                pick("counterpartyVat", uploaded, read, DocumentDetails::counterpartyVat, disagreements),
                pick("currency", uploaded, read, DocumentDetails::currency, disagreements),
                pick("netAmount", uploaded, read, DocumentDetails::netAmount, disagreements),
                pick("taxAmount", uploaded, read, DocumentDetails::taxAmount, disagreements),
                pick("grossAmount", uploaded, read, DocumentDetails::grossAmount, disagreements),
                uploaded.note());
        return new MergedDetails(merged, disagreements);
    }

    private static <T> T pick(String field, DocumentDetails uploaded, DocumentDetails read,
                              Function<DocumentDetails, T> value, List<String> disagreements) {
        T given = value.apply(uploaded);
        T found = value.apply(read);
        if (given == null) {
            return found;
        }
        if (found != null && !agree(given, found)) {
            disagreements.add(field);
        }
        return given;
    }

    /** "acme bv" typed for "ACME BV" is the same name, 121 for 121.00 the same amount; dates compare exactly. */
    private static boolean agree(Object given, Object found) {
        if (given instanceof String text && found instanceof String other) {
            return text.strip().equalsIgnoreCase(other.strip());
        }
        if (given instanceof BigDecimal amount && found instanceof BigDecimal other) {
            return amount.compareTo(other) == 0;
        }
        return Objects.equals(given, found);
    }
}
