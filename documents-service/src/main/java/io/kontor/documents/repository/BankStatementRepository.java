package io.kontor.documents.repository;

import io.kontor.documents.BankStatement;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class BankStatementRepository implements PanacheRepositoryBase<BankStatement, UUID> {

    /** The first {@code max} statements read from one document, in the file's order, without their entries. */
    public List<BankStatement> ofDocument(UUID documentId, int max) {
        return find("documentId = ?1 order by position", documentId).range(0, max - 1).list();
    }

    public Optional<BankStatement> atPosition(UUID documentId, int position) {
        return find("documentId = ?1 and position = ?2", documentId, position).firstResultOptional();
    }

    /** Every statement of the client's accounts: what a missing statement is noticed against. */
    public List<BankStatement> ofClient(UUID clientId) {
        return list("clientId = ?1 order by iban, sequenceNumber", clientId);
    }
}
