package io.kontor.documents;

import io.kontor.events.documents.DocumentType;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * Which of a client's documents a folder view shows. Every criterion is optional (null = no restriction); date
 * and amount ranges include both ends, the created-at range includes its start and excludes its end.
 *
 * @param counterparty text to find in the counterparty name or VAT number
 * @param text         text to find in the document number, counterparty name or VAT number, or file name
 */
public record DocumentFilter(DocumentType type, LocalDate issuedFrom, LocalDate issuedTo, Instant createdFrom,
                             Instant createdTo, String counterparty, BigDecimal amountFrom, BigDecimal amountTo,
                             String text) {

    /** True when it restricts the issue date, at one end or both. */
    public boolean hasIssueRange() {
        return issuedFrom != null || issuedTo != null;
    }

    /** True when it restricts nothing: every document of the client matches. */
    public boolean matchesEverything() {
        return type == null && issuedFrom == null && issuedTo == null && createdFrom == null && createdTo == null
                && (counterparty == null || counterparty.isBlank()) && amountFrom == null && amountTo == null
                && (text == null || text.isBlank());
    }

    /** The same filter for every folder: what the per-folder counts are computed with. */
    public DocumentFilter acrossFolders() {
        return new DocumentFilter(null, issuedFrom, issuedTo, createdFrom, createdTo, counterparty, amountFrom,
                amountTo, text);
    }
}
