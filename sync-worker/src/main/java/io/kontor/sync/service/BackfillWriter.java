package io.kontor.sync.service;

import io.kontor.events.EventJson;
import io.kontor.events.documents.DocumentCreated;
import io.kontor.sync.Delivery;
import io.kontor.sync.DeliveryKind;
import io.kontor.sync.Document;
import io.kontor.sync.Integration;
import io.kontor.sync.owners.ListedDocument;
import io.kontor.sync.repository.DeliveryRepository;
import io.kontor.sync.repository.DocumentRepository;
import io.kontor.tracing.TraceParents;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * Queues one page of a backfill in one transaction: each document is stored as {@code kontor.document.created.v1}
 * would have announced it (so its delivery looks like any other), then gets a BACKFILL delivery unless its pair has
 * one already.
 */
@ApplicationScoped
public class BackfillWriter {

    private final DocumentRepository documents;
    private final DeliveryRepository deliveries;
    private final DeliveryMetrics metrics;

    public BackfillWriter(DocumentRepository documents, DeliveryRepository deliveries, DeliveryMetrics metrics) {
        this.documents = documents;
        this.deliveries = deliveries;
        this.metrics = metrics;
    }

    /** @return how many deliveries were queued */
    @Transactional
    public int queue(Integration integration, List<ListedDocument> page, Instant now) {
        int queued = 0;
        for (ListedDocument listed : page) {
            Document document = asAnnounced(listed, integration.partnerId(), now);
            documents.insertIfAbsent(document);
            // The backfill request's trace: its attempts show up under the request that asked for them.
            if (deliveries.queueIfAbsent(Delivery.backfill(document, integration, now, TraceParents.current()))) {
                metrics.created(DeliveryKind.BACKFILL);
                queued++;
            }
        }
        return queued;
    }

    private static Document asAnnounced(ListedDocument listed, String partnerId, Instant now) {
        Instant createdAt = listed.createdAt().truncatedTo(ChronoUnit.MICROS);
        DocumentCreated announced = new DocumentCreated(listed.id(), listed.clientId(), partnerId, listed.type(),
                listed.fileName(), listed.mediaType(), listed.sizeBytes(), listed.sha256(), createdAt,
                listed.metadata(), listed.version(), listed.possibleDuplicateOf());
        return new Document(listed.id(), listed.clientId(), partnerId, listed.type(), createdAt,
                new String(EventJson.write(announced), StandardCharsets.UTF_8), now);
    }
}
