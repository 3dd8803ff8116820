package io.kontor.problem;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoField;
import java.util.regex.Pattern;

/**
 * Reads values that arrive as text (query parameters, form parts, merge-patch members) into what the database can
 * store, refusing what it cannot before it gets there: a date outside years 1–9999, a number with a huge exponent or
 * thousands of digits (whose parsing alone can take minutes), a NUL character. Every refusal is an
 * {@link IllegalArgumentException}, which callers turn into a violation naming the field.
 */
public final class ValueParsers {

    /**
     * Decimals of bounded size: at most 30 digits on either side of the point and a two-digit exponent, so that
     * neither parsing nor any later arithmetic on the value can take noticeable time.
     */
    private static final Pattern DECIMAL = Pattern.compile("[+-]?\\d{1,30}(\\.\\d{1,30})?([eE][+-]?\\d{1,2})?");
    private static final int MIN_YEAR = 1;
    private static final int MAX_YEAR = 9999;

    private ValueParsers() {
    }

    public static LocalDate date(String text) {
        LocalDate date = LocalDate.parse(text.strip());
        requireYear(date.getYear());
        return date;
    }

    public static Instant instant(String text) {
        Instant instant = Instant.parse(text.strip());
        requireYear(instant.atOffset(ZoneOffset.UTC).get(ChronoField.YEAR));
        return instant;
    }

    public static BigDecimal decimal(String text) {
        String plain = text.strip();
        if (!DECIMAL.matcher(plain).matches()) {
            throw new IllegalArgumentException("not a decimal of bounded size");
        }
        return new BigDecimal(plain);
    }

    /** Text PostgreSQL can store: a NUL character is refused by its text types. */
    public static String text(String text) {
        if (text.indexOf('\0') >= 0) {
            throw new IllegalArgumentException("contains a NUL character");
        }
        return text;
    }

    private static void requireYear(int year) {
        if (year < MIN_YEAR || year > MAX_YEAR) {
            throw new IllegalArgumentException("year outside " + MIN_YEAR + "-" + MAX_YEAR);
        }
    }
}
