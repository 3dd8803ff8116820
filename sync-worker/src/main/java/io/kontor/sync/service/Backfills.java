package io.kontor.sync.service;

import io.kontor.audit.AuditTrail;
import io.kontor.events.documents.DocumentType;
import io.kontor.sync.ClientOfIntegrationNotFound;
import io.kontor.sync.Integration;
import io.kontor.sync.IntegrationNotActive;
import io.kontor.sync.IntegrationNotFound;
import io.kontor.sync.owners.DocumentPage;
import io.kontor.sync.owners.DocumentsApi;
import io.kontor.sync.owners.ListedDocument;
import io.kontor.sync.repository.DeliveryRepository;
import io.kontor.sync.repository.IntegrationRepository;
import io.kontor.tenancy.Caller;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Backfill (DESIGN.md §5): an explicit request to deliver an integration's client's documents stored in a range —
 * typically those from before the integration was activated, which routing never sends. The documents are listed
 * through documents-service's API (the owner, asked as the caller), page by page; a dry run only counts. Documents
 * that have a delivery to the integration already are left alone, so a backfill can be repeated safely. Not one
 * transaction: each page is queued in its own (see {@link BackfillWriter}), and documents-service is never asked while
 * a transaction is open here.
 */
@ApplicationScoped
public class Backfills {

    private final IntegrationRepository integrations;
    private final DeliveryRepository deliveries;
    private final DocumentsApi documents;
    private final BackfillWriter writer;
    private final ClientAccess access;
    private final AuditTrail audit;
    private final Caller caller;
    private final Clock clock;

    public Backfills(IntegrationRepository integrations, DeliveryRepository deliveries, DocumentsApi documents,
                     BackfillWriter writer, ClientAccess access, AuditTrail audit, Caller caller, Clock clock) {
        this.integrations = integrations;
        this.deliveries = deliveries;
        this.documents = documents;
        this.writer = writer;
        this.access = access;
        this.audit = audit;
        this.caller = caller;
        this.clock = clock;
    }

    /**
     * @param documentTypes the types asked for; empty means those the integration takes
     * @throws IntegrationNotFound  not an integration of the caller's firm
     * @throws IntegrationNotActive a real (not dry) run for an integration that is not active
     */
    public BackfillResult backfill(UUID integrationId, Instant from, Instant to, Collection<DocumentType> documentTypes,
                                   boolean dryRun) {
        Integration integration = integration(integrationId);
        if (!dryRun && !integration.isActive()) {
            throw new IntegrationNotActive(integrationId, integration.status(), integration.statusReason());
        }
        Set<DocumentType> wanted = documentTypes.isEmpty() ? EnumSet.allOf(DocumentType.class)
                : EnumSet.copyOf(documentTypes);
        int matched = 0;
        int alreadyDelivered = 0;
        int queued = 0;
        String cursor = null;
        do {
            DocumentPage page = documents.page(integration.clientId(), from, to, cursor)
                    .orElseThrow(() -> new ClientOfIntegrationNotFound(integrationId, integration.clientId()));
            List<ListedDocument> taken = page.items().stream()
                    .filter(document -> wanted.contains(document.type()) && takes(integration, document.type()))
                    .toList();
            Set<UUID> delivered = deliveredAlready(integrationId, taken);
            List<ListedDocument> missing = taken.stream().filter(document -> !delivered.contains(document.id()))
                    .toList();
            matched += taken.size();
            alreadyDelivered += delivered.size();
            queued += dryRun ? missing.size() : writer.queue(integration, missing, now());
            cursor = page.nextCursor();
        } while (cursor != null);
        if (!dryRun) {
            // Each page was queued in a transaction of its own; the trail records the run as it ended.
            int total = queued;
            QuarkusTransaction.requiringNew().run(() -> audit.record("deliveries.backfilled", integration.clientId(),
                    "integrations/" + integrationId, Map.of("from", from.toString(), "to", to.toString(),
                            "documentTypes", wanted, "queued", total)));
        }
        return new BackfillResult(dryRun, matched, alreadyDelivered, queued);
    }

    private Integration integration(UUID integrationId) {
        Integration integration = integrations.findByIdOptional(integrationId)
                .filter(found -> found.belongsTo(caller.partnerId()))
                .orElseThrow(() -> new IntegrationNotFound(integrationId));
        access.requireReachable(integration.clientId());
        return integration;
    }

    private Set<UUID> deliveredAlready(UUID integrationId, List<ListedDocument> documents) {
        return deliveries.documentsWithDelivery(integrationId, documents.stream().map(ListedDocument::id).toList());
    }

    private static boolean takes(Integration integration, DocumentType type) {
        return integration.documentTypes().isEmpty() || integration.documentTypes().contains(type);
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
