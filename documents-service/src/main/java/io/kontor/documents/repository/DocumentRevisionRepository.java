package io.kontor.documents.repository;

import io.kontor.documents.DocumentRevision;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.UUID;

/** The metadata history of documents; callers have checked that the document is the caller's. */
@ApplicationScoped
public class DocumentRevisionRepository implements PanacheRepositoryBase<DocumentRevision, DocumentRevision.Key> {

    /** Up to {@code limit} versions after {@code afterVersion}, oldest first. */
    public List<DocumentRevision> history(UUID documentId, int afterVersion, int limit) {
        return find("documentId = ?1 and version > ?2 order by version", documentId, afterVersion)
                .range(0, limit - 1).list();
    }
}
