package io.kontor.documents.service;

import io.kontor.documents.ClientNotFound;
import io.kontor.documents.Document;
import io.kontor.documents.DocumentNotFound;
import io.kontor.documents.DocumentRevision;
import io.kontor.documents.config.DocumentsConfig;
import io.kontor.documents.repository.ClientRepository;
import io.kontor.documents.repository.DocumentRepository;
import io.kontor.documents.repository.DocumentRepository.SortKey;
import io.kontor.documents.repository.DocumentRevisionRepository;
import io.kontor.documents.DocumentSort;
import io.kontor.problem.PageSize;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.util.List;
import java.util.UUID;

/** Reading a client's documents: one, a folder page, a document's history. */
@ApplicationScoped
public class DocumentQueryService {

    private final ClientRepository clients;
    private final DocumentRepository documents;
    private final DocumentRevisionRepository revisions;
    private final DocumentsConfig config;

    DocumentQueryService(ClientRepository clients, DocumentRepository documents,
                         DocumentRevisionRepository revisions, DocumentsConfig config) {
        this.clients = clients;
        this.documents = documents;
        this.revisions = revisions;
        this.config = config;
    }

    public Document document(String partnerId, UUID clientId, UUID documentId) {
        requireClient(partnerId, clientId);
        return documents.findForClient(partnerId, clientId, documentId)
                .orElseThrow(() -> new DocumentNotFound(clientId, documentId));
    }

    /**
     * The versions after {@code afterVersion} (0: from the first), oldest first.
     *
     * @return one more than {@code limit} when more follow, so the caller can tell
     */
    public List<DocumentRevision> history(String partnerId, UUID clientId, UUID documentId, int afterVersion,
                                          int limit) {
        return revisions.history(document(partnerId, clientId, documentId).id(), afterVersion, limit + 1);
    }

    /** The page and the counts come from one transaction, so they agree with each other. */
    @Transactional
    public DocumentPage listDocuments(String partnerId, UUID clientId, DocumentQuery query) {
        requireClient(partnerId, clientId);
        int limit = PageSize.of(query.limit(), config.folders().defaultPageSize(), config.folders().maxPageSize());
        DocumentSort sort = query.sort() == null ? DocumentSort.DEFAULT : query.sort();
        SortKey after = query.cursor() == null || query.cursor().isBlank()
                ? null : DocumentCursor.decode(query.cursor(), sort);
        // One more than asked tells whether another page follows, without a count query.
        List<Document> rows = documents.page(partnerId, clientId, query.filter(), sort, after, limit + 1);
        List<Document> page = rows.size() > limit ? rows.subList(0, limit) : rows;
        String next = null;
        if (rows.size() > limit) {
            Document last = page.get(page.size() - 1);
            next = DocumentCursor.encode(sort, new SortKey(sort.valueOf(last), last.id()));
        }
        return new DocumentPage(page, next,
                documents.countPerFolder(partnerId, clientId, query.filter().acrossFolders()));
    }

    /** Another partner's client is not found, like one that does not exist: its existence is not revealed. */
    void requireClient(String partnerId, UUID clientId) {
        if (clients.findForPartner(partnerId, clientId).isEmpty()) {
            throw new ClientNotFound(clientId);
        }
    }
}
