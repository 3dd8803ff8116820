package io.kontor.formats.statements;

import io.kontor.formats.StatementEntry;
import io.kontor.formats.StatementFacts;
import org.w3c.dom.Element;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/** Reads one camt.053 {@code Stmt} into {@link StatementFacts}. */
final class CamtStatement {

    private final CamtTree tree;
    private final CamtEntry entries;

    CamtStatement(CamtTree tree) {
        this.tree = tree;
        this.entries = new CamtEntry(tree);
    }

    StatementFacts read(Element stmt, int number) throws UnreadableStatement {
        String id = CamtValues.identifier(tree.text(stmt, "Id"), StatementText.MAX_ID, "Statement " + number + "'s Id");
        String where = "Statement " + (id != null ? StatementText.quote(id) : String.valueOf(number));
        String account = account(stmt, where);

        Balance opening = balance(stmt, "OPBD", where);
        if (opening == null) {
            // A statement that continues an earlier one states the balance it carries over instead (PRCD).
            opening = balance(stmt, "PRCD", where);
        }
        Balance closing = balance(stmt, "CLBD", where);

        List<StatementEntry> read = new ArrayList<>();
        int index = 0;
        for (Element ntry : tree.children(stmt, "Ntry")) {
            read.add(entries.read(ntry, where + ", entry " + ++index));
        }

        Long sequence = CamtValues.sequence(tree.text(stmt, "ElctrncSeqNb"), where);
        if (sequence == null) {
            sequence = CamtValues.sequence(tree.text(stmt, "LglSeqNb"), where);
        }
        Period period = period(stmt, read, opening, closing, where);
        return new StatementFacts(account, currency(stmt, opening, closing, where), id, sequence, period.from(),
                period.to(), opening == null ? null : opening.amount(), closing == null ? null : closing.amount(),
                read);
    }

    private String account(Element stmt, String where) throws UnreadableStatement {
        String iban = tree.text(stmt, "Acct", "Id", "IBAN");
        String account = iban != null ? iban : tree.text(stmt, "Acct", "Id", "Othr", "Id");
        if (account == null) {
            throw CamtValues.invalid(where + " names no account (Acct/Id/IBAN or Acct/Id/Othr/Id)");
        }
        return CamtValues.identifier(account, StatementText.MAX_ACCOUNT, where + "'s account");
    }

    /** The account's currency; files that leave it off the account state it on every balance. */
    private String currency(Element stmt, Balance opening, Balance closing, String where) throws UnreadableStatement {
        String currency = tree.text(stmt, "Acct", "Ccy");
        if (currency != null) {
            return CamtValues.currency(currency, where + "'s account");
        }
        if (opening != null) {
            return opening.currency();
        }
        return closing == null ? null : closing.currency();
    }

    private Balance balance(Element stmt, String type, String where) throws UnreadableStatement {
        for (Element bal : tree.children(stmt, "Bal")) {
            if (!type.equals(tree.text(bal, "Tp", "CdOrPrtry", "Cd"))) {
                continue;
            }
            String what = where + "'s " + type + " balance";
            Element amount = tree.child(bal, "Amt");
            if (amount == null) {
                throw CamtValues.invalid(what + " has no amount");
            }
            BigDecimal signed = CamtValues.signed(CamtValues.amount(amount.getTextContent().trim(), what),
                    tree.text(bal, "CdtDbtInd"), what);
            String date = tree.text(bal, "Dt", "Dt");
            return new Balance(signed, CamtValues.currency(amount, what),
                    CamtValues.date(date != null ? date : tree.text(bal, "Dt", "DtTm"), what));
        }
        return null;
    }

    /**
     * What the statement says it covers (FrToDt); else the range its entries were booked in; else, for a
     * statement without entries or booking dates, the dates of its opening and closing balances.
     */
    private Period period(Element stmt, List<StatementEntry> read, Balance opening, Balance closing,
                               String where) throws UnreadableStatement {
        LocalDate from = CamtValues.date(tree.text(stmt, "FrToDt", "FrDtTm"), where + "'s period");
        LocalDate to = CamtValues.date(tree.text(stmt, "FrToDt", "ToDtTm"), where + "'s period");
        if (from != null || to != null) {
            return new Period(from, to);
        }
        List<LocalDate> booked = read.stream().map(StatementEntry::bookingDate).filter(Objects::nonNull).toList();
        if (!booked.isEmpty()) {
            return new Period(booked.stream().min(Comparator.naturalOrder()).orElseThrow(),
                    booked.stream().max(Comparator.naturalOrder()).orElseThrow());
        }
        return new Period(opening == null ? null : opening.date(), closing == null ? null : closing.date());
    }

    private record Balance(BigDecimal amount, String currency, LocalDate date) {
    }

    private record Period(LocalDate from, LocalDate to) {
    }
}
