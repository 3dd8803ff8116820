package io.kontor.formats;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * What one bank statement says. A file may hold several (one per account or day): a read returns each.
 *
 * @param sequenceNumber the statement's number in the account's sequence (CAMT ElctrncSeqNb or LglSeqNb, CODA
 *                       statement number), which is how a missing statement is noticed
 * @param openingBalance signed
 * @param closingBalance signed
 */
public record StatementFacts(String iban, String currency, String statementId, Long sequenceNumber,
                             LocalDate periodFrom, LocalDate periodTo, BigDecimal openingBalance,
                             BigDecimal closingBalance, List<StatementEntry> entries) {

    public StatementFacts {
        entries = List.copyOf(entries);
    }

    public int entryCount() {
        return entries.size();
    }
}
