package io.kontor.events.documents;

import java.math.BigDecimal;
import java.time.LocalDate;

/** What is known about a document's content; every field is optional. */
public record DocumentMetadata(String documentNumber, LocalDate issueDate, LocalDate dueDate,
                               String counterpartyName, String counterpartyVat, String currency,
                               BigDecimal netAmount, BigDecimal taxAmount, BigDecimal grossAmount, String note) {
}
