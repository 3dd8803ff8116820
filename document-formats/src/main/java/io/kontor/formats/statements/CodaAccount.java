package io.kontor.formats.statements;

import java.util.regex.Pattern;

/**
 * The account a CODA statement is for, read from the old balance record by its account structure (position 2):
 * 0 a Belgian account number, 1 a foreign one, 2 the IBAN of a Belgian account, 3 the IBAN of a foreign one.
 */
record CodaAccount(String id, String currency) {

    private static final Pattern CURRENCY = Pattern.compile("[A-Z]{3}");

    static CodaAccount of(CodaRecord oldBalance) throws UnreadableStatement {
        String id;
        String currency;
        switch (oldBalance.at(2)) {
            case '0' -> {
                oldBalance.digits(6, 17, "The Belgian account number");
                id = belgianIban(oldBalance.raw(6, 17));
                currency = oldBalance.raw(19, 21);
            }
            case '1', '3' -> {
                id = oldBalance.raw(6, 39);
                currency = oldBalance.raw(40, 42);
            }
            case '2' -> {
                id = oldBalance.raw(6, 36);
                currency = oldBalance.raw(40, 42);
            }
            default -> throw oldBalance.invalid("the account structure " + StatementText.quote(String.valueOf(
                    oldBalance.at(2))) + " is none of 0, 1, 2, 3");
        }
        String account = StatementText.clean(id, StatementText.MAX_ACCOUNT);
        if (account == null) {
            throw oldBalance.invalid("the account number is blank");
        }
        if (!CURRENCY.matcher(currency).matches()) {
            throw oldBalance.invalid("the currency " + StatementText.quote(currency) + " is not an ISO 4217 code");
        }
        return new CodaAccount(account, currency);
    }

    /**
     * A Belgian account number (BBAN) as its IBAN, BE + ISO 7064 check digits + the 12 digits: the same account
     * then has one name whether a bank writes the old number or the IBAN, in CODA or in camt.053, and its
     * statements' sequence is checked as one.
     */
    static String belgianIban(String bban) {
        // "BE00" moved behind the number, letters as numbers (B = 11, E = 14); 18 digits fit a long.
        long number = Long.parseLong(bban + "111400");
        return String.format("BE%02d%s", 98 - number % 97, bban);
    }
}
