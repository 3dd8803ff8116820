package io.kontor.documents;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * VAT identification numbers as people type them ({@code BE 0123.456.749}) and as Kontor keeps them
 * ({@code BE0123456749}): a two-letter prefix (the country, or {@code EL}/{@code XI} and the like) followed by
 * 2 to 14 letters, digits or the {@code +} and {@code *} some countries use. Check digits are not verified: they
 * differ per country and a wrong one is better caught by the tax authority's lookup than guessed at here.
 */
public final class VatNumber {

    private static final Pattern SEPARATORS = Pattern.compile("[\\s.\\-]");
    private static final Pattern COMPACT = Pattern.compile("[A-Z]{2}[0-9A-Z+*]{2,14}");

    private VatNumber() {
    }

    public static String normalize(String input) {
        return SEPARATORS.matcher(input).replaceAll("").toUpperCase(Locale.ROOT);
    }

    public static boolean isValid(String input) {
        return input != null && COMPACT.matcher(normalize(input)).matches();
    }
}
