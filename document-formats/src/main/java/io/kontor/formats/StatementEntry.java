package io.kontor.formats;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One movement on a bank statement.
 *
 * @param amount signed: negative for a debit, positive for a credit
 */
public record StatementEntry(LocalDate bookingDate, LocalDate valueDate, BigDecimal amount, String currency,
                             String counterpartyName, String counterpartyAccount, String remittanceText) {
}
