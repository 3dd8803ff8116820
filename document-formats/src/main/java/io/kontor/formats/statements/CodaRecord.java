package io.kontor.formats.statements;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;

/**
 * One 128-character CODA record. Positions are 1-based and inclusive, as in the Febelfin CODA 2.x tables, so that
 * every field read here can be checked against the standard by eye.
 */
record CodaRecord(String line, int number) {

    static final int LENGTH = 128;

    /** DDMMYY; the two-digit year is 2000–2099 (CODA 2 dates from 2003). */
    private static final DateTimeFormatter DDMMYY = DateTimeFormatter.ofPattern("ddMMuu")
            .withResolverStyle(ResolverStyle.STRICT);
    private static final String UNKNOWN_DATE = "000000";

    /** "0", "1", "21" … "33", "4", "8", "9": types 2 and 3 come in articles, the others do not. */
    String type() {
        char kind = line.charAt(0);
        return kind == '2' || kind == '3' ? line.substring(0, 2) : String.valueOf(kind);
    }

    char at(int position) {
        return line.charAt(position - 1);
    }

    String raw(int from, int to) {
        return line.substring(from - 1, to);
    }

    long digits(int from, int to, String field) throws UnreadableStatement {
        String digits = raw(from, to);
        for (int i = 0; i < digits.length(); i++) {
            if (digits.charAt(i) < '0' || digits.charAt(i) > '9') {
                throw invalid(field + " " + StatementText.quote(digits) + " is not a number");
            }
        }
        return Long.parseLong(digits);
    }

    /**
     * A sign (0 credit, 1 debit) followed by 15 digits, the last 3 of them decimals. CODA writes every amount with
     * three decimals; where the third is 0 (every euro amount) it is dropped, so 500.860 reads as the 500.86 it is.
     */
    BigDecimal amount(int signPosition, String field) throws UnreadableStatement {
        BigDecimal amount = thousandths(digits(signPosition + 1, signPosition + 15, field));
        return switch (at(signPosition)) {
            case '0' -> amount;
            case '1' -> amount.negate();
            default -> throw invalid(field + " has the sign " + StatementText.quote(String.valueOf(
                    at(signPosition))) + ", neither 0 (credit) nor 1 (debit)");
        };
    }

    static BigDecimal thousandths(long thousandths) {
        BigDecimal exact = BigDecimal.valueOf(thousandths, 3).stripTrailingZeros();
        return exact.scale() < 2 ? exact.setScale(2) : exact;
    }

    LocalDate date(int from, String field) throws UnreadableStatement {
        String date = raw(from, from + 5);
        try {
            return LocalDate.parse(date, DDMMYY);
        } catch (DateTimeParseException e) {
            throw invalid(field + " " + StatementText.quote(date) + " is not a date (DDMMYY)");
        }
    }

    /** @return the date, or null where the standard allows zeros for "not known" */
    LocalDate optionalDate(int from, String field) throws UnreadableStatement {
        return UNKNOWN_DATE.equals(raw(from, from + 5)) ? null : date(from, field);
    }

    UnreadableStatement invalid(String problem) {
        return new UnreadableStatement(FindingCodes.INVALID_RECORD,
                "Line " + number + " (record " + type() + "): " + problem + ".");
    }
}
