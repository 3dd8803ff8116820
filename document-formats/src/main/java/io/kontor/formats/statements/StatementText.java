package io.kontor.formats.statements;

import java.util.regex.Pattern;

/**
 * Free text from a statement as Kontor keeps it: whitespace runs (padding in CODA, indentation in XML) collapsed,
 * and a bound on length, so that a hostile file cannot push megabytes into a name or a message.
 */
final class StatementText {

    /** ISO 20022 names are at most 140 characters; CODA's at most 35. */
    static final int MAX_NAME = 140;
    /** Several ISO 20022 Ustrd lines of 140, or CODA's three communication parts, fit comfortably. */
    static final int MAX_REMITTANCE = 1_000;
    /** An IBAN has at most 34 characters, as have the other account identifiers both formats allow. */
    static final int MAX_ACCOUNT = 34;
    /** ISO 20022 Max35Text. */
    static final int MAX_ID = 35;

    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    private static final int QUOTED = 40;

    private StatementText() {
    }

    /** @return the text with whitespace collapsed and cut to {@code max}, or null when nothing is left */
    static String clean(String raw, int max) {
        if (raw == null) {
            return null;
        }
        String text = WHITESPACE.matcher(raw).replaceAll(" ").trim();
        if (text.isEmpty()) {
            return null;
        }
        return text.length() <= max ? text : text.substring(0, max);
    }

    /** A value for an error message: short enough that a huge hostile value does not end up in logs or answers. */
    static String quote(String value) {
        if (value == null) {
            return "nothing";
        }
        return value.length() <= QUOTED ? "'" + value + "'" : "'" + value.substring(0, QUOTED) + "…'";
    }
}
