package io.kontor.documents.repository;

import io.kontor.documents.DocumentRevision;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.UUID;

/** The metadata history of documents; callers have checked that the document is the caller's. */
@ApplicationScoped
public class DocumentRevisionRepository implements PanacheRepositoryBase<DocumentRevision, DocumentRevision.Key> {

    public List<DocumentRevision> history(UUID documentId) {
        return list("documentId = ?1 order by version", documentId);
    }
}
