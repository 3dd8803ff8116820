package io.kontor.formats.statements;

/**
 * Statements of one account that Kontor has not seen: the sequence numbers {@code firstMissing} to
 * {@code lastMissing}, both included. A range rather than a list, so that one absurd sequence number in a file
 * cannot make a list of billions.
 */
public record StatementGap(String iban, long firstMissing, long lastMissing) {

    public long count() {
        return lastMissing - firstMissing + 1;
    }
}
