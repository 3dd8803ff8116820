package io.kontor.documents.service;

import io.kontor.documents.BankStatement;
import io.kontor.documents.StatementNotFound;
import io.kontor.documents.repository.BankStatementRepository;
import io.kontor.formats.StatementFacts;
import io.kontor.formats.statements.StatementGap;
import io.kontor.formats.statements.StatementGaps;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.util.List;
import java.util.UUID;

/** The statements read from a client's bank statement files, and the ones missing from an account's sequence. */
@ApplicationScoped
public class StatementQueryService {

    private final DocumentQueryService documents;
    private final BankStatementRepository statements;

    public StatementQueryService(DocumentQueryService documents, BankStatementRepository statements) {
        this.documents = documents;
        this.statements = statements;
    }

    /**
     * The most statements one answer lists, and the most gaps. A file holds a statement per day at most for each
     * account, and a client a few accounts, so these are far above real use; they only keep a hostile file from
     * making an answer of megabytes. A statement beyond the first ones is still read by its position.
     */
    public static final int MAX_LISTED = 1000;

    /** The first {@link #MAX_LISTED} statements of the document, in the file's order. */
    public List<BankStatement> statementsOf(String partnerId, UUID clientId, UUID documentId) {
        return statements.ofDocument(documents.document(partnerId, clientId, documentId).id(), MAX_LISTED);
    }

    /** One statement with its entries, loaded in the same transaction. */
    @Transactional
    public BankStatement statement(String partnerId, UUID clientId, UUID documentId, int position) {
        BankStatement statement = statements.atPosition(documents.document(partnerId, clientId, documentId).id(),
                        position)
                .orElseThrow(() -> new StatementNotFound(documentId, position));
        statement.entries();
        return statement;
    }

    /**
     * Per account, the runs of sequence numbers missing between statements the client has (a yearly restart of the
     * numbering is no gap; see {@link StatementGaps}): the first {@link #MAX_LISTED}, by account and number.
     */
    public List<StatementGap> gaps(String partnerId, UUID clientId) {
        documents.requireClient(partnerId, clientId);
        return StatementGaps.missing(statements.ofClient(clientId).stream()
                        .map(statement -> new StatementFacts(statement.iban(), statement.currency(),
                                statement.statementId(), statement.sequenceNumber(), statement.periodFrom(),
                                statement.periodTo(), statement.openingBalance(), statement.closingBalance(),
                                List.of()))
                        .toList())
                .stream().limit(MAX_LISTED).toList();
    }
}
