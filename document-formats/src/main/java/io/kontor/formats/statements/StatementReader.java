package io.kontor.formats.statements;

/**
 * Reads bank statements: ISO 20022 camt.053 (.001.02 to .001.10) and Belgian CODA 2.x. The caller says which
 * format the bytes are (detecting it is not this class's job); a read either returns every statement in the file,
 * with findings on what does not add up, or refuses the file with an {@link UnreadableStatement} and returns
 * nothing of it. No other exception escapes for any input.
 *
 * <p>Finding codes, refusing the file: {@code empty}; {@code too-large} (over {@link #MAX_BYTES});
 * {@code too-many-entries} (over {@link #MAX_ENTRIES}); {@code unsafe-xml} (a DOCTYPE, nesting too deep, not
 * well-formed: see SafeXml); {@code not-camt053} and {@code not-coda} (another kind of file);
 * {@code unsupported-version}; {@code invalid-statement} (a camt.053 value missing or malformed where a fact would
 * be guessed); {@code invalid-record} (a CODA record of the wrong length, type, order or content);
 * {@code truncated} (a CODA file cut short). Findings on a file that was read: {@code balance-mismatch} (opening
 * balance and entries do not make the closing balance), {@code record-count-mismatch} and {@code totals-mismatch}
 * (a CODA trailer disagrees with the records), {@code duplicate} (the bank marks the CODA file as a duplicate).
 */
public final class StatementReader {

    /**
     * Above documents-service's 25 MB upload limit, so no accepted upload is refused for its size alone; it bounds
     * what any other caller can make this module hold. A camt.053 DOM of this size costs up to about 25 bytes of
     * heap per byte of XML, in the worst case of nothing but tiny elements.
     */
    public static final int MAX_BYTES = 32 * 1024 * 1024;

    /**
     * Far above a real statement (a busy account books a few thousand movements a day), far below what would make
     * one document's metadata a burden to store, send in an event and show.
     */
    public static final int MAX_ENTRIES = 100_000;

    private StatementReader() {
    }

    public static StatementRead readCamt053(byte[] xml) throws UnreadableStatement {
        return Camt053Reader.read(xml);
    }

    public static StatementRead readCoda(byte[] coda) throws UnreadableStatement {
        return CodaReader.read(coda);
    }
}
