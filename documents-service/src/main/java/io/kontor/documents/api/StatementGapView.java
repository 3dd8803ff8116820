package io.kontor.documents.api;

import io.kontor.formats.statements.StatementGap;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Statements missing from an account's sequence: every number from firstMissing to "
        + "lastMissing, between two statements the client has. A yearly restart of the numbering is no gap.")
public record StatementGapView(String iban, long firstMissing, long lastMissing, long count) {

    static StatementGapView of(StatementGap gap) {
        return new StatementGapView(gap.iban(), gap.firstMissing(), gap.lastMissing(), gap.count());
    }
}
