package io.kontor.formats.statements;

import org.w3c.dom.Element;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns camt.053 values into Java ones, strictly: the schema's own shapes and nothing else, so that a value a
 * reader would have to guess at stops the read instead of becoming a wrong fact.
 */
final class CamtValues {

    /**
     * ISO 20022 amounts: at most 18 digits, 5 of them decimals. Checked before {@link BigDecimal} sees the text,
     * which would accept an exponent like {@code 1E999999999} and make every later sum a denial of service.
     */
    private static final Pattern AMOUNT = Pattern.compile("\\d{1,18}(\\.\\d{1,5})?");
    private static final Pattern CURRENCY = Pattern.compile("[A-Z]{3}");
    /** xs:date or xs:dateTime: the date as the bank wrote it, in the bank's own offset. */
    private static final Pattern DATE = Pattern.compile("(\\d{4}-\\d{2}-\\d{2})(T[0-9:.]+)?(Z|[+-]\\d{2}:\\d{2})?");
    /** ISO 20022 Number, as used for sequence numbers: 18 digits fit a long. */
    private static final Pattern SEQUENCE = Pattern.compile("\\d{1,18}");

    private CamtValues() {
    }

    static BigDecimal amount(String text, String where) throws UnreadableStatement {
        if (text == null || !AMOUNT.matcher(text).matches()) {
            throw invalid(where + " has the amount " + StatementText.quote(text) + ", not a decimal ISO 20022 allows");
        }
        return new BigDecimal(text);
    }

    /** The currency an amount is in, from its Ccy attribute. */
    static String currency(Element amount, String where) throws UnreadableStatement {
        return currency(amount.getAttribute("Ccy"), where);
    }

    static String currency(String currency, String where) throws UnreadableStatement {
        if (currency == null || !CURRENCY.matcher(currency).matches()) {
            throw invalid(where + " has the currency " + StatementText.quote(currency) + ", not an ISO 4217 code");
        }
        return currency;
    }

    /**
     * @param indicator CRDT or DBIT; null reads as credit, because one bank's files leave it off balances that
     *                  are positive (the balance check flags the statement if that guess is wrong)
     */
    static BigDecimal signed(BigDecimal amount, String indicator, String where) throws UnreadableStatement {
        if (indicator == null || "CRDT".equals(indicator)) {
            return amount;
        }
        if ("DBIT".equals(indicator)) {
            return amount.negate();
        }
        throw invalid(where + " has the credit/debit indicator " + StatementText.quote(indicator)
                + ", neither CRDT nor DBIT");
    }

    /** @return the date, or null when there is none */
    static LocalDate date(String text, String where) throws UnreadableStatement {
        if (text == null) {
            return null;
        }
        Matcher matcher = DATE.matcher(text);
        if (!matcher.matches()) {
            throw invalid(where + " has the date " + StatementText.quote(text) + ", not an ISO date");
        }
        try {
            return LocalDate.parse(matcher.group(1));
        } catch (DateTimeException e) {
            throw invalid(where + " has the date " + StatementText.quote(text) + ", which does not exist");
        }
    }

    /** @return the sequence number, or null when there is none */
    static Long sequence(String text, String where) throws UnreadableStatement {
        if (text == null) {
            return null;
        }
        if (!SEQUENCE.matcher(text).matches()) {
            throw invalid(where + " has the sequence number " + StatementText.quote(text) + ", not a number");
        }
        return Long.valueOf(text);
    }

    /** An identifier longer than the schema allows is not one to group statements by. */
    static String identifier(String text, int max, String where) throws UnreadableStatement {
        if (text != null && text.length() > max) {
            throw invalid(where + " " + StatementText.quote(text) + " is longer than the " + max
                    + " characters ISO 20022 allows");
        }
        return text;
    }

    static UnreadableStatement invalid(String message) {
        return new UnreadableStatement(FindingCodes.INVALID_STATEMENT, message + ".");
    }
}
