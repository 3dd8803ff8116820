package io.kontor.documents.api;

import io.kontor.documents.DocumentDetails;
import io.kontor.documents.VatNumber;
import io.kontor.problem.InvalidInput;
import io.kontor.problem.ValueParsers;
import io.kontor.problem.Violation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The metadata of a document as text fields (multipart parts of an upload, members of a merge patch), read and
 * checked in one place so that an upload and an edit accept exactly the same values.
 */
final class MetadataFields {

    static final List<String> NAMES = List.of("documentNumber", "issueDate", "dueDate", "counterpartyName",
            "counterpartyVat", "currency", "netAmount", "taxAmount", "grossAmount", "note");

    private static final int MAX_AMOUNT_DIGITS = 15;
    private static final int MAX_AMOUNT_DECIMALS = 4;

    private MetadataFields() {
    }

    /** The details as text, by field name; absent fields are absent. */
    static Map<String, String> asText(DocumentDetails details) {
        Map<String, String> text = new LinkedHashMap<>();
        put(text, "documentNumber", details.documentNumber());
        put(text, "issueDate", details.issueDate());
        put(text, "dueDate", details.dueDate());
        put(text, "counterpartyName", details.counterpartyName());
        put(text, "counterpartyVat", details.counterpartyVat());
        put(text, "currency", details.currency());
        put(text, "netAmount", details.netAmount() == null ? null : details.netAmount().toPlainString());
        put(text, "taxAmount", details.taxAmount() == null ? null : details.taxAmount().toPlainString());
        put(text, "grossAmount", details.grossAmount() == null ? null : details.grossAmount().toPlainString());
        put(text, "note", details.note());
        return text;
    }

    /**
     * @param values field name to text; null or blank values mean "unknown"
     * @throws InvalidInput (422) naming every field that is not valid, and every name that is not a field
     */
    static DocumentDetails parse(Map<String, String> values) {
        Reader reader = new Reader(values);
        DocumentDetails details = new DocumentDetails(
                reader.text("documentNumber", 100),
                reader.date("issueDate"),
                reader.date("dueDate"),
                reader.text("counterpartyName", 200),
                reader.vatNumber("counterpartyVat"),
                reader.currency("currency"),
                reader.amount("netAmount"),
                reader.amount("taxAmount"),
                reader.amount("grossAmount"),
                reader.text("note", 2000));
        if (details.issueDate() != null && details.dueDate() != null
                && details.dueDate().isBefore(details.issueDate())) {
            reader.violations.add(new Violation("dueDate", "must not be before issueDate"));
        }
        values.keySet().stream().filter(name -> !NAMES.contains(name)).sorted()
                .forEach(name -> reader.violations.add(new Violation(name, "is not a metadata field; known are "
                        + String.join(", ", NAMES))));
        if (!reader.violations.isEmpty()) {
            throw new InvalidInput("validation-failed", "Request validation failed",
                    "Fix these fields and send the request again: " + reader.violations.stream()
                            .map(Violation::field).distinct().collect(Collectors.joining(", ")) + ".",
                    reader.violations);
        }
        return details;
    }

    private static void put(Map<String, String> text, String name, Object value) {
        if (value != null) {
            text.put(name, value.toString());
        }
    }

    private static final class Reader {

        private final Map<String, String> values;
        private final List<Violation> violations = new ArrayList<>();

        private Reader(Map<String, String> values) {
            this.values = values;
        }

        private String value(String name) {
            String value = values.get(name);
            if (value == null || value.isBlank()) {
                return null;
            }
            try {
                return ValueParsers.text(value.strip());
            } catch (IllegalArgumentException e) {
                violations.add(new Violation(name, "must not contain a NUL character"));
                return null;
            }
        }

        String text(String name, int maxLength) {
            String value = value(name);
            if (value != null && value.length() > maxLength) {
                violations.add(new Violation(name, "must be at most " + maxLength + " characters"));
                return null;
            }
            return value;
        }

        LocalDate date(String name) {
            String value = value(name);
            try {
                return value == null ? null : ValueParsers.date(value);
            } catch (IllegalArgumentException | DateTimeParseException e) {
                violations.add(new Violation(name, "must be a date like 2026-01-31, in the years 1 to 9999"));
                return null;
            }
        }

        String vatNumber(String name) {
            String value = value(name);
            if (value != null && !VatNumber.isValid(value)) {
                violations.add(new Violation(name, "must be a VAT number with its two-letter prefix, e.g. "
                        + "BE0123456789"));
                return null;
            }
            return value;
        }

        String currency(String name) {
            String value = value(name);
            if (value == null) {
                return null;
            }
            try {
                if (value.matches("[A-Z]{3}")) {
                    return Currency.getInstance(value).getCurrencyCode();
                }
            } catch (IllegalArgumentException e) {
                // not an ISO 4217 code: reported below
            }
            violations.add(new Violation(name, "must be an ISO 4217 currency code such as EUR"));
            return null;
        }

        BigDecimal amount(String name) {
            String value = value(name);
            if (value == null) {
                return null;
            }
            try {
                BigDecimal amount = ValueParsers.decimal(value).stripTrailingZeros();
                if (amount.scale() > MAX_AMOUNT_DECIMALS
                        || (long) amount.precision() - amount.scale() > MAX_AMOUNT_DIGITS) {
                    violations.add(new Violation(name, "must have at most " + MAX_AMOUNT_DIGITS
                            + " digits before and " + MAX_AMOUNT_DECIMALS + " after the decimal point"));
                    return null;
                }
                return amount;
            } catch (IllegalArgumentException e) {
                violations.add(new Violation(name, "must be a number like 1234.56 (a point, no thousands "
                        + "separators)"));
                return null;
            }
        }
    }
}
