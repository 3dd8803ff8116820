package io.kontor.documents.service;

import io.kontor.documents.BankStatement;
import io.kontor.documents.BankStatementEntry;
import io.kontor.documents.Document;
import io.kontor.documents.repository.BankStatementRepository;
import io.kontor.formats.StatementEntry;
import io.kontor.formats.StatementFacts;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;

/** Keeps the statements read from a bank statement file, with their entries, in the upload's transaction. */
@ApplicationScoped
public class StatementKeeper {

    private final BankStatementRepository statements;

    public StatementKeeper(BankStatementRepository statements) {
        this.statements = statements;
    }

    public void keep(Document document, List<StatementFacts> read) {
        for (int position = 0; position < read.size(); position++) {
            StatementFacts facts = read.get(position);
            BankStatement statement = new BankStatement(document.id(), document.clientId(), position, facts.iban(),
                    facts.currency(), facts.statementId(), facts.sequenceNumber(), facts.periodFrom(),
                    facts.periodTo(), facts.openingBalance(), facts.closingBalance());
            for (StatementEntry entry : facts.entries()) {
                statement.addEntry(new BankStatementEntry(entry.bookingDate(), entry.valueDate(), entry.amount(),
                        entry.currency(), entry.counterpartyName(), entry.counterpartyAccount(),
                        entry.remittanceText()));
            }
            statements.persist(statement);
        }
    }
}
