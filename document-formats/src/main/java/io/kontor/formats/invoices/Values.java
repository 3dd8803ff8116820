package io.kontor.formats.invoices;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Set;

/** The few value conversions every invoice reader needs, lenient where a sloppy file should not lose its facts. */
final class Values {

    /** UNTDID 1001 codes EN 16931 reads as a credit note rather than an invoice. */
    private static final Set<String> CREDIT_NOTE_TYPE_CODES = Set.of("81", "83", "261", "262", "296", "308", "381",
            "396", "420", "458", "532");
    /** UN/CEFACT date format 102: CCYYMMDD, the only one EN 16931 allows for invoice dates. */
    private static final String FORMAT_102 = "102";

    private Values() {
    }

    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    static boolean isCreditNoteTypeCode(String typeCode) {
        return typeCode != null && CREDIT_NOTE_TYPE_CODES.contains(typeCode.strip());
    }

    /** A CII date string; null for another format or a value that is no date, rather than a failed read. */
    static LocalDate cefactDate(String value, String format) {
        String text = blankToNull(value);
        if (text == null || format != null && !FORMAT_102.equals(format.strip())) {
            return null;
        }
        try {
            return LocalDate.parse(text, DateTimeFormatter.BASIC_ISO_DATE);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** A decimal from an element's text; null for text that is no number. */
    static BigDecimal decimal(String value) {
        String text = blankToNull(value);
        if (text == null) {
            return null;
        }
        try {
            return new BigDecimal(text);
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
