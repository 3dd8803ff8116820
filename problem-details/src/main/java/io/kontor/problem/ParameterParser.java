package io.kontor.problem;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Reads query and form parameters that arrive as text, collecting every unreadable one so that a single 400 names
 * them all. Jakarta REST would answer an unconvertible query parameter (an unknown enum constant, a malformed date)
 * with a bare 404, which tells the caller nothing; resources take such parameters as strings and read them here.
 * Absent or blank values read as null.
 */
public final class ParameterParser {

    private final List<Violation> violations = new ArrayList<>();

    /** An enum constant by its name, in any letter case ({@code purchase_invoice} reads as PURCHASE_INVOICE). */
    public <E extends Enum<E>> E oneOf(String name, String value, Class<E> type) {
        return read(name, value, text -> Enum.valueOf(type, text.strip().toUpperCase(Locale.ROOT)), "must be one of "
                + Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", ")));
    }

    /** One of a fixed set of spellings, e.g. sort orders such as {@code -createdAt}. */
    public <T> T oneOf(String name, String value, Function<String, Optional<T>> lookup, List<String> allowed) {
        return read(name, value, text -> lookup.apply(text.strip()).orElseThrow(IllegalArgumentException::new),
                "must be one of " + String.join(", ", allowed));
    }

    public LocalDate date(String name, String value) {
        return read(name, value, ValueParsers::date, "must be a date like 2026-01-31, in the years 1 to 9999");
    }

    public Instant instant(String name, String value) {
        return read(name, value, ValueParsers::instant,
                "must be an instant like 2026-01-31T09:30:00Z, in the years 1 to 9999");
    }

    public BigDecimal decimal(String name, String value) {
        return read(name, value, ValueParsers::decimal, "must be a number like 1234.56");
    }

    /** Free text (a search, a cursor): as given, unless it is longer than {@code maxLength} or holds a NUL. */
    public String text(String name, String value, int maxLength) {
        if (value != null && value.length() > maxLength) {
            violations.add(new Violation(name, "must be at most " + maxLength + " characters"));
            return null;
        }
        return read(name, value, ValueParsers::text, "must not contain a NUL character");
    }

    public Integer integer(String name, String value) {
        return read(name, value, text -> Integer.valueOf(text.strip()), "must be a whole number");
    }

    public Long longNumber(String name, String value) {
        return read(name, value, text -> Long.valueOf(text.strip()), "must be a whole number");
    }

    public UUID uuid(String name, String value) {
        return read(name, value, text -> UUID.fromString(text.strip()), "must be a UUID");
    }

    public Boolean bool(String name, String value) {
        return read(name, value, text -> switch (text.strip()) {
            case "true" -> Boolean.TRUE;
            case "false" -> Boolean.FALSE;
            default -> throw new IllegalArgumentException();
        }, "must be true or false");
    }

    /** Records a parameter that could be read but makes no sense, e.g. a range whose end lies before its start. */
    public void reject(String name, String message) {
        violations.add(new Violation(name, message));
    }

    /** @throws InvalidParameters naming every parameter that could not be read */
    public void throwIfInvalid() {
        if (!violations.isEmpty()) {
            throw new InvalidParameters(violations);
        }
    }

    private <T> T read(String name, String value, Function<String, T> parse, String expectation) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return parse.apply(value);
        } catch (IllegalArgumentException | DateTimeParseException e) {
            violations.add(new Violation(name, expectation));
            return null;
        }
    }
}
