package io.kontor.sync.repository;

import io.kontor.sync.Document;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class DocumentRepository implements PanacheRepositoryBase<Document, UUID> {

    /** The client's documents created at or after {@code since}, oldest first. */
    public List<Document> listOfClientCreatedSince(UUID clientId, Instant since) {
        return list("clientId = ?1 and createdAt >= ?2 order by createdAt, documentId", clientId, since);
    }
}
