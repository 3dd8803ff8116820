package io.kontor.formats.statements;

/** The stable codes of statement findings; {@link StatementReader} lists what each means. */
final class FindingCodes {

    static final String EMPTY = "empty";
    static final String TOO_LARGE = "too-large";
    static final String TOO_MANY_ENTRIES = "too-many-entries";
    static final String UNSAFE_XML = "unsafe-xml";
    static final String NOT_CAMT053 = "not-camt053";
    static final String NOT_CODA = "not-coda";
    static final String UNSUPPORTED_VERSION = "unsupported-version";
    static final String INVALID_STATEMENT = "invalid-statement";
    static final String INVALID_RECORD = "invalid-record";
    static final String TRUNCATED = "truncated";
    static final String RECORD_COUNT_MISMATCH = "record-count-mismatch";
    static final String TOTALS_MISMATCH = "totals-mismatch";
    static final String BALANCE_MISMATCH = "balance-mismatch";
    static final String DUPLICATE = "duplicate";

    private FindingCodes() {
    }
}
