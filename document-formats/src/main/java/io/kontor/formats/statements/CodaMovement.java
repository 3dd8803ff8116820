package io.kontor.formats.statements;

import io.kontor.formats.StatementEntry;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One movement of a CODA statement: its 2.1 record, and the 2.2 and 2.3 that continue it with the rest of the
 * communication and the counterparty.
 */
final class CodaMovement {

    private final String key;
    private final BigDecimal amount;
    private final LocalDate valueDate;
    private final LocalDate bookingDate;
    private final CodaCommunication communication;
    private String counterpartyName;
    private String counterpartyAccount;

    private CodaMovement(String key, BigDecimal amount, LocalDate valueDate, LocalDate bookingDate,
                         CodaCommunication communication) {
        this.key = key;
        this.amount = amount;
        this.valueDate = valueDate;
        this.bookingDate = bookingDate;
        this.communication = communication;
    }

    static CodaMovement start(CodaRecord movement) throws UnreadableStatement {
        char communicationType = movement.at(62);
        if (communicationType != '0' && communicationType != '1') {
            throw movement.invalid("the communication type " + StatementText.quote(String.valueOf(communicationType))
                    + " is neither 0 (free) nor 1 (structured)");
        }
        CodaCommunication communication = new CodaCommunication(communicationType == '1');
        communication.append(movement.raw(63, 115));
        return new CodaMovement(key(movement), movement.amount(32, "The amount"),
                movement.optionalDate(48, "The value date"), movement.optionalDate(116, "The entry date"),
                communication);
    }

    /** Continuous sequence number and detail number: what ties a 2.2 or 2.3 to its 2.1. */
    static String key(CodaRecord record) {
        return record.raw(3, 10);
    }

    boolean continuedBy(CodaRecord record) {
        return key.equals(key(record));
    }

    BigDecimal amount() {
        return amount;
    }

    void continueWith(CodaRecord record) {
        if ("22".equals(record.type())) {
            communication.append(record.raw(11, 63));
        } else {
            counterpartyAccount = account(record.raw(11, 47));
            counterpartyName = StatementText.clean(record.raw(48, 82), StatementText.MAX_NAME);
            communication.append(record.raw(83, 125));
        }
    }

    StatementEntry toEntry(String currency) {
        return new StatementEntry(bookingDate, valueDate, amount, currency, counterpartyName, counterpartyAccount,
                communication.remittance());
    }

    /**
     * The account number, without the currency or bank notes some banks put after it in the same 37 characters;
     * zeros are how several banks write "no account".
     */
    private static String account(String zone) {
        String trimmed = zone.trim();
        if (trimmed.isEmpty()) {
            return null;
        }
        String number = trimmed.split("\\s+", 2)[0];
        return number.chars().allMatch(c -> c == '0') ? null
                : StatementText.clean(number, StatementText.MAX_ACCOUNT);
    }
}
