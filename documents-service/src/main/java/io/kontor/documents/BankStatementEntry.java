package io.kontor.documents;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.math.BigDecimal;
import java.time.LocalDate;

/** One movement on a statement, as the bank reported it; the amount is signed (negative: a debit). */
@Embeddable
public record BankStatementEntry(
        @Column(name = "booking_date") LocalDate bookingDate,
        @Column(name = "value_date") LocalDate valueDate,
        @Column(name = "amount", nullable = false) BigDecimal amount,
        @Column(name = "currency") String currency,
        @Column(name = "counterparty_name") String counterpartyName,
        @Column(name = "counterparty_account") String counterpartyAccount,
        @Column(name = "remittance_text") String remittanceText) {
}
