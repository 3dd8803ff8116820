package io.kontor.formats.statements;

import io.kontor.formats.Finding;
import io.kontor.formats.StatementFacts;

import java.util.List;

/**
 * The statements a file holds, and what a person should know about them although they were read: the file's own
 * totals or balances do not add up, the bank marks it as a duplicate, ….
 */
public record StatementRead(List<StatementFacts> statements, List<Finding> findings) {

    public StatementRead {
        statements = List.copyOf(statements);
        findings = List.copyOf(findings);
    }
}
