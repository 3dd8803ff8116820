package io.kontor.documents.repository;

import io.kontor.documents.BankStatement;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class BankStatementRepository implements PanacheRepositoryBase<BankStatement, UUID> {

    /** The statements read from one document, in the file's order, without their entries. */
    public List<BankStatement> ofDocument(UUID documentId) {
        return list("documentId = ?1 order by position", documentId);
    }

    /** Every statement of the client's accounts: what a missing statement is noticed against. */
    public List<BankStatement> ofClient(UUID clientId) {
        return list("clientId = ?1 order by iban, sequenceNumber", clientId);
    }
}
