package io.kontor.formats.statements;

import io.kontor.formats.Finding;
import io.kontor.formats.StatementEntry;
import io.kontor.formats.StatementFacts;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * One CODA statement, from its header (0) to its trailer (9), taken in record by record. It becomes
 * {@link StatementFacts} only at the trailer: a file that ends before is cut short, and nothing of it is returned.
 */
final class CodaStatement {

    private static final String NO_NUMBER = "000";

    private final int headerLine;
    private final boolean duplicate;
    private CodaAccount account;
    private String statementNumber;
    private Long sequenceNumber;
    private BigDecimal openingBalance;
    private LocalDate openingDate;
    private BigDecimal closingBalance;
    private LocalDate closingDate;
    private final List<CodaMovement> movements = new ArrayList<>();
    /** The last 2.1 (a movement or a detail of one), which a 2.2 or 2.3 must continue. */
    private String lastMovementKey;
    /** The movement a 2.2 or 2.3 adds to; null while the last 2.1 was a detail, whose text Kontor does not keep. */
    private CodaMovement continued;
    /** Records 1, 2.x, 3.x and 8: what the trailer counts. */
    private int counted;
    private BigDecimal debits = CodaRecord.thousandths(0);
    private BigDecimal credits = CodaRecord.thousandths(0);

    private CodaStatement(int headerLine, boolean duplicate) {
        this.headerLine = headerLine;
        this.duplicate = duplicate;
    }

    static CodaStatement open(CodaRecord header) throws UnreadableStatement {
        if (header.at(128) != '2') {
            throw new UnreadableStatement(FindingCodes.UNSUPPORTED_VERSION, "Line " + header.number()
                    + ": the file is CODA version " + StatementText.quote(String.valueOf(header.at(128)))
                    + "; Kontor reads CODA 2.x.");
        }
        return new CodaStatement(header.number(), header.at(17) == 'D');
    }

    void accept(CodaRecord record) throws UnreadableStatement {
        switch (record.type()) {
            case "1" -> oldBalance(record);
            case "21" -> movement(record);
            case "22", "23" -> continuation(record);
            case "31", "32", "33" -> information(record);
            case "8" -> newBalance(record);
            // Free communication: a note from the bank to the customer, not part of any movement or total.
            case "4" -> requireOldBalance(record);
            default -> throw record.invalid("CODA has no record of this type");
        }
    }

    int entryCount() {
        return movements.size();
    }

    /** @param findings receives what does not add up; the statement is read all the same */
    StatementFacts close(CodaRecord trailer, List<Finding> findings) throws UnreadableStatement {
        if (closingBalance == null) {
            throw new UnreadableStatement(FindingCodes.TRUNCATED, "The statement that starts at line " + headerLine
                    + " has no new balance record (8) before its trailer: the file is cut short.");
        }
        List<StatementEntry> entries = new ArrayList<>(movements.size());
        for (CodaMovement movement : movements) {
            entries.add(movement.toEntry(account.currency()));
        }
        StatementFacts facts = new StatementFacts(account.id(), account.currency(), statementNumber, sequenceNumber,
                openingDate, closingDate, openingBalance, closingBalance, entries);
        String which = "Statement " + statementNumber + " of " + account.id();

        long records = trailer.digits(17, 22, "The record count");
        if (records != counted) {
            findings.add(new Finding(FindingCodes.RECORD_COUNT_MISMATCH, which + ": the trailer counts " + records
                    + " records, the file has " + counted + "."));
        }
        BigDecimal trailerDebits = CodaRecord.thousandths(trailer.digits(23, 37, "The debit total"));
        BigDecimal trailerCredits = CodaRecord.thousandths(trailer.digits(38, 52, "The credit total"));
        if (trailerDebits.compareTo(debits) != 0 || trailerCredits.compareTo(credits) != 0) {
            findings.add(new Finding(FindingCodes.TOTALS_MISMATCH, which + ": the trailer totals debits "
                    + trailerDebits.toPlainString() + " and credits " + trailerCredits.toPlainString()
                    + ", the movements " + debits.toPlainString() + " and " + credits.toPlainString() + "."));
        }
        BalanceCheck.of(facts).ifPresent(findings::add);
        if (duplicate) {
            findings.add(new Finding(FindingCodes.DUPLICATE, which + ": the bank marks this file as a duplicate "
                    + "of one it sent before."));
        }
        return facts;
    }

    private void oldBalance(CodaRecord record) throws UnreadableStatement {
        if (account != null) {
            throw record.invalid("a second old balance record in one statement");
        }
        counted++;
        account = CodaAccount.of(record);
        statementNumber = NO_NUMBER.equals(record.raw(3, 5)) ? null : record.raw(3, 5);
        openingBalance = record.amount(43, "The old balance");
        openingDate = record.date(59, "The old balance date");
        // The CODA sequence number counts every file sent for the account, restarting at 001 each year; the
        // statement number above may be a paper number or a Julian date, which no gap can be read from.
        long sequence = record.digits(126, 128, "The CODA sequence number");
        sequenceNumber = sequence == 0 ? null : sequence;
    }

    private void movement(CodaRecord record) throws UnreadableStatement {
        requireMovementsOpen(record);
        counted++;
        lastMovementKey = CodaMovement.key(record);
        if (record.digits(7, 10, "The detail number") != 0) {
            // A detail of a globalised movement: part of the movement before it, not an entry of its own.
            record.amount(32, "The detail's amount");
            continued = null;
            return;
        }
        CodaMovement movement = CodaMovement.start(record);
        movements.add(movement);
        continued = movement;
        if (movement.amount().signum() < 0) {
            debits = debits.add(movement.amount().negate());
        } else {
            credits = credits.add(movement.amount());
        }
    }

    private void continuation(CodaRecord record) throws UnreadableStatement {
        requireMovementsOpen(record);
        counted++;
        if (!CodaMovement.key(record).equals(lastMovementKey)) {
            throw record.invalid("it continues movement " + StatementText.quote(CodaMovement.key(record))
                    + ", but the movement record before it is " + StatementText.quote(lastMovementKey));
        }
        if (continued != null) {
            continued.continueWith(record);
        }
    }

    private void information(CodaRecord record) throws UnreadableStatement {
        requireMovementsOpen(record);
        counted++;
    }

    private void newBalance(CodaRecord record) throws UnreadableStatement {
        requireMovementsOpen(record);
        counted++;
        closingBalance = record.amount(42, "The new balance");
        closingDate = record.date(58, "The new balance date");
    }

    private void requireMovementsOpen(CodaRecord record) throws UnreadableStatement {
        requireOldBalance(record);
        if (closingBalance != null) {
            throw record.invalid("it follows the new balance record (8), which ends the movements");
        }
    }

    private void requireOldBalance(CodaRecord record) throws UnreadableStatement {
        if (account == null) {
            throw record.invalid("it comes before the old balance record (1)");
        }
    }
}
