package io.kontor.formats.statements;

import io.kontor.formats.StatementFacts;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Which statements of an account are missing, judged by their sequence numbers: between the lowest and the highest
 * known, every number nobody has uploaded.
 *
 * <p>Numbering restarts: CODA's sequence number and many banks' camt.053 LglSeqNb begin again at 1 each year. So
 * the statements are put in date order, and a number lower than the one before it starts a new run; gaps are
 * looked for within each run. Otherwise every January would report last year's numbers as missing.
 */
public final class StatementGaps {

    /**
     * Date order first, then number. A statement without a date sorts first: if its number is high, it ends its run
     * at once, which can hide a gap but never invents one.
     */
    private static final Comparator<StatementFacts> IN_ORDER = Comparator
            .comparing(StatementGaps::date, Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(StatementFacts::sequenceNumber);

    private StatementGaps() {
    }

    /**
     * @param known the statements Kontor holds for a client, of any accounts, in any order, duplicates allowed;
     *              those without an IBAN or a sequence number say nothing about gaps and are passed over
     * @return the gaps, by IBAN and then in date order
     */
    public static List<StatementGap> missing(Collection<StatementFacts> known) {
        Map<String, List<StatementFacts>> byAccount = new TreeMap<>();
        for (StatementFacts statement : known) {
            if (statement.iban() != null && statement.sequenceNumber() != null && statement.sequenceNumber() >= 0) {
                byAccount.computeIfAbsent(statement.iban(), iban -> new ArrayList<>()).add(statement);
            }
        }
        List<StatementGap> gaps = new ArrayList<>();
        byAccount.forEach((iban, statements) -> gaps.addAll(missingIn(iban, statements)));
        return gaps;
    }

    private static List<StatementGap> missingIn(String iban, List<StatementFacts> statements) {
        statements.sort(IN_ORDER);
        List<StatementGap> gaps = new ArrayList<>();
        long previous = statements.get(0).sequenceNumber();
        for (StatementFacts statement : statements.subList(1, statements.size())) {
            long number = statement.sequenceNumber();
            if (number - previous > 1) {
                gaps.add(new StatementGap(iban, previous + 1, number - 1));
            }
            // Equal: the same statement twice. Lower: the numbering restarted.
            previous = number;
        }
        return gaps;
    }

    private static LocalDate date(StatementFacts statement) {
        return statement.periodTo() != null ? statement.periodTo() : statement.periodFrom();
    }
}
