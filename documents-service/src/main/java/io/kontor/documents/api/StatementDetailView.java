package io.kontor.documents.api;

import io.kontor.documents.BankStatement;
import io.kontor.documents.BankStatementEntry;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

@Schema(description = "A statement with its entries, in the bank's order; amounts are signed (negative: a debit).")
public record StatementDetailView(StatementView statement, List<BankStatementEntry> entries) {

    static StatementDetailView of(BankStatement statement) {
        return new StatementDetailView(StatementView.of(statement), statement.entries());
    }
}
