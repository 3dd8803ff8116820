package io.kontor.formats.statements;

import io.kontor.formats.Finding;
import io.kontor.formats.StatementEntry;
import io.kontor.formats.StatementFacts;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * Does the statement add up: opening balance plus its entries gives the closing balance? A statement that does not
 * is still read (it is what the bank sent), but an accountant should know before booking from it.
 */
final class BalanceCheck {

    private BalanceCheck() {
    }

    static Optional<Finding> of(StatementFacts statement) {
        if (statement.openingBalance() == null || statement.closingBalance() == null) {
            return Optional.empty();
        }
        BigDecimal movements = statement.entries().stream()
                .map(StatementEntry::amount)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal expected = statement.openingBalance().add(movements);
        if (expected.compareTo(statement.closingBalance()) == 0) {
            return Optional.empty();
        }
        return Optional.of(new Finding(FindingCodes.BALANCE_MISMATCH, String.format(
                "Statement %s of %s: the opening balance %s and the entries (%s) make %s, "
                        + "but the closing balance is %s.",
                statement.statementId(), statement.iban(), statement.openingBalance().toPlainString(),
                movements.toPlainString(), expected.toPlainString(), statement.closingBalance().toPlainString())));
    }
}
