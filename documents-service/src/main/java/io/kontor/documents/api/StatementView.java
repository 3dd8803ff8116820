package io.kontor.documents.api;

import io.kontor.documents.BankStatement;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.LocalDate;

@Schema(description = "One statement read from a bank statement file (CAMT.053 or CODA); balances are signed.")
public record StatementView(
        @Schema(description = "Its place in the file, from 0: the {position} of …/statements/{position}")
        int position,
        String iban,
        String currency,
        @Schema(description = "The statement's own id in the file", nullable = true) String statementId,
        @Schema(description = "Its number in the account's sequence (CAMT ElctrncSeqNb/LglSeqNb, CODA statement "
                + "number); a number missing between two is reported by /statement-gaps", nullable = true)
        Long sequenceNumber,
        LocalDate periodFrom,
        LocalDate periodTo,
        BigDecimal openingBalance,
        BigDecimal closingBalance,
        int entryCount) {

    static StatementView of(BankStatement statement) {
        return new StatementView(statement.position(), statement.iban(), statement.currency(),
                statement.statementId(), statement.sequenceNumber(), statement.periodFrom(), statement.periodTo(),
                statement.openingBalance(), statement.closingBalance(), statement.entryCount());
    }
}
