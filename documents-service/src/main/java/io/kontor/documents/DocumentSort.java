package io.kontor.documents;

import io.kontor.problem.ValueParsers;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Optional;

/**
 * The orders a folder can be listed in, each with id as the tie-breaker so that the order is total and a keyset
 * cursor can point between any two documents. Documents without an issue date or gross amount sort as if they had
 * the smallest possible one, which keeps the keyset comparison a plain row-value comparison.
 */
public enum DocumentSort {
    CREATED_AT_DESC("-createdAt", false),
    CREATED_AT_ASC("createdAt", true),
    ISSUE_DATE_DESC("-issueDate", false),
    ISSUE_DATE_ASC("issueDate", true),
    GROSS_AMOUNT_DESC("-grossAmount", false),
    GROSS_AMOUNT_ASC("grossAmount", true);

    public static final DocumentSort DEFAULT = CREATED_AT_DESC;

    /** Below every issue date a document can have; V6's generated issue_date_sort column uses the same value. */
    public static final LocalDate MISSING_DATE = LocalDate.of(1, 1, 1);
    /**
     * Below every amount a document can have (at most 15 digits before the point); V6's generated gross_amount_sort
     * column uses the same value.
     */
    public static final BigDecimal MISSING_AMOUNT = new BigDecimal("-10000000000000000");

    private final String parameter;
    private final boolean ascending;

    DocumentSort(String parameter, boolean ascending) {
        this.parameter = parameter;
        this.ascending = ascending;
    }

    /** The value of the {@code sort} query parameter, e.g. {@code -createdAt}. */
    public String parameter() {
        return parameter;
    }

    public static Optional<DocumentSort> byParameter(String value) {
        return Arrays.stream(values()).filter(sort -> sort.parameter.equals(value)).findFirst();
    }

    public boolean ascending() {
        return ascending;
    }

    /** The sort value of a document, as the query compares it. */
    public Comparable<?> valueOf(Document document) {
        return switch (this) {
            case CREATED_AT_ASC, CREATED_AT_DESC -> document.createdAt();
            case ISSUE_DATE_ASC, ISSUE_DATE_DESC ->
                    document.details().issueDate() == null ? MISSING_DATE : document.details().issueDate();
            case GROSS_AMOUNT_ASC, GROSS_AMOUNT_DESC ->
                    document.details().grossAmount() == null ? MISSING_AMOUNT : document.details().grossAmount();
        };
    }

    /** Reads a sort value back from its {@link Object#toString()} form (what a cursor carries). */
    public Comparable<?> parseValue(String text) {
        return switch (this) {
            case CREATED_AT_ASC, CREATED_AT_DESC -> ValueParsers.instant(text);
            case ISSUE_DATE_ASC, ISSUE_DATE_DESC -> ValueParsers.date(text);
            case GROSS_AMOUNT_ASC, GROSS_AMOUNT_DESC -> ValueParsers.decimal(text);
        };
    }
}
