package io.kontor.formats.statements;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes CODA 2.x files for tests, field by field at the standard's 1-based positions, with a trailer that counts
 * and totals what was written (unless a test writes its own to make it wrong).
 */
final class CodaBuilder {

    private final List<String> lines = new ArrayList<>();
    private int counted;
    private long debits;
    private long credits;

    /** A 128-character record: pairs of a 1-based position and the text that starts there. */
    static String record(Object... positionsAndTexts) {
        char[] line = " ".repeat(CodaRecord.LENGTH).toCharArray();
        for (int i = 0; i < positionsAndTexts.length; i += 2) {
            int position = (Integer) positionsAndTexts[i];
            String text = (String) positionsAndTexts[i + 1];
            text.getChars(0, text.length(), line, position - 1);
        }
        return new String(line);
    }

    CodaBuilder header() {
        return header('2', ' ');
    }

    CodaBuilder header(char version, char duplicate) {
        counted = 0;
        debits = 0;
        credits = 0;
        return add(record(1, "00000", 6, "150324", 12, "725", 15, "05", 17, String.valueOf(duplicate),
                35, "KONTOR TEST", 61, "KREDBEBB", 128, String.valueOf(version)), false);
    }

    /** Structure 2: the IBAN of a Belgian account, in EUR. */
    CodaBuilder oldBalance(String iban, long thousandths, int codaSequence) {
        return oldBalance('2', String.format("%-34s", iban) + "EUR", thousandths, codaSequence);
    }

    /** @param account37 the 37 characters of account number and currency, laid out as the structure wants */
    CodaBuilder oldBalance(char structure, String account37, long thousandths, int codaSequence) {
        return add(record(1, "1", 2, String.valueOf(structure), 3, "042", 6, account37, 43, sign(thousandths),
                44, amount(thousandths), 59, "140324", 65, "KONTOR TEST", 126, String.format("%03d", codaSequence)),
                true);
    }

    CodaBuilder movement(int sequence, long thousandths, String communication) {
        if (thousandths < 0) {
            debits -= thousandths;
        } else {
            credits += thousandths;
        }
        return add(record(1, "21", 3, String.format("%04d", sequence), 7, "0000", 11, "REF" + sequence,
                32, sign(thousandths), 33, amount(thousandths), 48, "150324", 54, "00150000", 62, "0",
                63, communication, 116, "150324", 122, "042", 125, "0", 126, "0", 128, "0"), true);
    }

    CodaBuilder newBalance(long thousandths) {
        return add(record(1, "8", 2, "042", 42, sign(thousandths), 43, amount(thousandths), 58, "150324",
                128, "0"), true);
    }

    CodaBuilder trailer() {
        return add(record(1, "9", 17, String.format("%06d", counted), 23, amount(debits), 38, amount(credits),
                128, "2"), false);
    }

    /** A record as a test wrote it; counted by the trailer when it is of a type the trailer counts. */
    CodaBuilder line(String line) {
        return add(line, "123".indexOf(line.charAt(0)) >= 0 || line.charAt(0) == '8');
    }

    byte[] bytes() {
        return text().getBytes(StandardCharsets.ISO_8859_1);
    }

    String text() {
        return String.join("\n", lines) + "\n";
    }

    private CodaBuilder add(String line, boolean countedByTrailer) {
        lines.add(line);
        if (countedByTrailer) {
            counted++;
        }
        return this;
    }

    private static String sign(long thousandths) {
        return thousandths < 0 ? "1" : "0";
    }

    private static String amount(long thousandths) {
        return String.format("%015d", Math.abs(thousandths));
    }
}
