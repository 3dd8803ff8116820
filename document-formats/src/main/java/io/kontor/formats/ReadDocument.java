package io.kontor.formats;

import java.util.List;
import java.util.Optional;

/**
 * What Kontor read in a document's bytes: its format, an invoice's facts or the statements in it, and findings.
 * Reading never throws for bad input: hostile or broken input ends as {@link DocumentFormat#UNKNOWN} (or the format
 * it was recognised as, with nothing extracted) and a finding that says why.
 */
public record ReadDocument(DocumentFormat format, Optional<InvoiceFacts> invoice, List<StatementFacts> statements,
                           List<Finding> findings) {

    public ReadDocument {
        statements = List.copyOf(statements);
        findings = List.copyOf(findings);
    }
}
