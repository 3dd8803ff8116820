package io.kontor.formats.statements;

import io.kontor.formats.Finding;

/**
 * A statement file Kontor will not read, with the reason as a {@link Finding}: refused as unsafe or too large,
 * cut short, or broken where a fact would otherwise be guessed. Nothing of the file is returned, so no half-read
 * statement can pass for a whole one.
 */
public class UnreadableStatement extends Exception {

    private final transient Finding finding;

    UnreadableStatement(String code, String message) {
        super(message, null, false, false);
        this.finding = new Finding(code, message);
    }

    public Finding finding() {
        return finding;
    }

    public String code() {
        return finding.code();
    }
}
