package io.kontor.documents;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What is known about a document's content, normalised: text trimmed, empty text absent, the counterparty VAT
 * number in compact form, amounts without trailing zeros beyond cents. Every field is optional.
 */
public record DocumentDetails(String documentNumber, LocalDate issueDate, LocalDate dueDate,
                              String counterpartyName, String counterpartyVat, String currency,
                              BigDecimal netAmount, BigDecimal taxAmount, BigDecimal grossAmount, String note) {

    public static final DocumentDetails NONE =
            new DocumentDetails(null, null, null, null, null, null, null, null, null, null);

    public DocumentDetails {
        documentNumber = blankToNull(documentNumber);
        counterpartyName = blankToNull(counterpartyName);
        counterpartyVat = counterpartyVat == null || counterpartyVat.isBlank() ? null
                : VatNumber.normalize(counterpartyVat);
        currency = blankToNull(currency);
        netAmount = money(netAmount);
        taxAmount = money(taxAmount);
        grossAmount = money(grossAmount);
        note = blankToNull(note);
    }

    /** The names of the fields whose value differs in {@code other}, in declaration order. */
    public List<String> fieldsChangedIn(DocumentDetails other) {
        List<String> changed = new ArrayList<>();
        compare(changed, "documentNumber", documentNumber, other.documentNumber);
        compare(changed, "issueDate", issueDate, other.issueDate);
        compare(changed, "dueDate", dueDate, other.dueDate);
        compare(changed, "counterpartyName", counterpartyName, other.counterpartyName);
        compare(changed, "counterpartyVat", counterpartyVat, other.counterpartyVat);
        compare(changed, "currency", currency, other.currency);
        compare(changed, "netAmount", netAmount, other.netAmount);
        compare(changed, "taxAmount", taxAmount, other.taxAmount);
        compare(changed, "grossAmount", grossAmount, other.grossAmount);
        compare(changed, "note", note, other.note);
        return changed;
    }

    /**
     * Whether another document with these details is probably the same invoice or receipt uploaded twice: the same
     * document number and gross amount from the same counterparty (by VAT number when both have one, else by
     * name). Without a number, an amount and a counterparty nothing can be said.
     */
    public boolean describesSameDocumentAs(DocumentDetails other) {
        if (documentNumber == null || grossAmount == null || !hasCounterparty() || !other.hasCounterparty()) {
            return false;
        }
        boolean sameCounterparty = counterpartyVat != null && other.counterpartyVat != null
                ? counterpartyVat.equals(other.counterpartyVat)
                : counterpartyName != null && counterpartyName.equalsIgnoreCase(other.counterpartyName);
        return sameCounterparty
                && documentNumber.equalsIgnoreCase(other.documentNumber)
                && other.grossAmount != null && grossAmount.compareTo(other.grossAmount) == 0;
    }

    private boolean hasCounterparty() {
        return counterpartyVat != null || counterpartyName != null;
    }

    private static void compare(List<String> changed, String field, Object before, Object after) {
        if (!Objects.equals(before, after)) {
            changed.add(field);
        }
    }

    /** 121, 121.0 and 121.00 are the same amount: stored and compared with at least two decimals. */
    private static BigDecimal money(BigDecimal amount) {
        if (amount == null) {
            return null;
        }
        BigDecimal stripped = amount.stripTrailingZeros();
        return stripped.scale() < 2 ? stripped.setScale(2) : stripped;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
