package io.kontor.formats.statements;

import io.kontor.formats.Finding;
import io.kontor.formats.StatementFacts;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads Belgian CODA 2.x files (Febelfin's coded statement of account): one or more statements, each from a
 * header record (0) to a trailer record (9), in 128-character records. Strict where a lenient reader would report
 * a wrong fact: a file cut short, a record of the wrong length or a number that is not one stops the read; totals
 * that do not add up are findings on a statement that was read whole.
 */
final class CodaReader {

    private CodaReader() {
    }

    static StatementRead read(byte[] bytes) throws UnreadableStatement {
        List<CodaRecord> records = CodaLines.records(bytes);
        List<StatementFacts> statements = new ArrayList<>();
        List<Finding> findings = new ArrayList<>();
        CodaStatement open = null;
        int entries = 0;
        for (CodaRecord record : records) {
            switch (record.type()) {
                case "0" -> {
                    if (open != null) {
                        throw new UnreadableStatement(FindingCodes.TRUNCATED, "Line " + record.number()
                                + " starts a new file before the statement above it ended with a trailer (9): that"
                                + " statement is cut short.");
                    }
                    open = CodaStatement.open(record);
                }
                case "9" -> {
                    if (open == null) {
                        throw record.invalid("a trailer without a header (0) before it");
                    }
                    StatementFacts facts = open.close(record, findings);
                    statements.add(facts);
                    entries += facts.entryCount();
                    open = null;
                }
                default -> {
                    if (open == null) {
                        throw record.invalid("it follows a trailer (9); only a new header (0) may");
                    }
                    open.accept(record);
                    if (entries + open.entryCount() > StatementReader.MAX_ENTRIES) {
                        throw new UnreadableStatement(FindingCodes.TOO_MANY_ENTRIES, "The file holds more than "
                                + StatementReader.MAX_ENTRIES + " movements, the most Kontor reads from one file.");
                    }
                }
            }
        }
        if (open != null) {
            throw new UnreadableStatement(FindingCodes.TRUNCATED, "The file ends at line " + records.size()
                    + " without the trailer record (9): it is cut short.");
        }
        return new StatementRead(statements, findings);
    }
}
