package io.kontor.sync.repository;

import io.kontor.sync.Document;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class DocumentRepository implements PanacheRepositoryBase<Document, UUID> {

    /** The client's documents created at or after {@code since}, oldest first. */
    public List<Document> listOfClientCreatedSince(UUID clientId, Instant since) {
        return list("clientId = ?1 and createdAt >= ?2 order by createdAt, documentId", clientId, since);
    }

    /**
     * Stores a document learned from documents-service's API unless it is known already (its event may arrive at
     * the same moment: the primary key settles it).
     */
    public void insertIfAbsent(Document document) {
        getEntityManager().createNativeQuery("""
                        insert into document (document_id, client_id, partner_id, type, created_at, payload, received_at)
                        values (?1, ?2, ?3, ?4, ?5, cast(?6 as jsonb), ?7)
                        on conflict (document_id) do nothing""")
                .setParameter(1, document.documentId())
                .setParameter(2, document.clientId())
                .setParameter(3, document.partnerId())
                .setParameter(4, document.type().name())
                .setParameter(5, Timestamp.from(document.createdAt()))
                .setParameter(6, document.payload())
                .setParameter(7, Timestamp.from(document.receivedAt()))
                .executeUpdate();
    }
}
