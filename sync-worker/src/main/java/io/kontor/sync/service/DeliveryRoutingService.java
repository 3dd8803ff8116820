package io.kontor.sync.service;

import io.kontor.events.EventJson;
import io.kontor.events.documents.DocumentCreated;
import io.kontor.sync.Delivery;
import io.kontor.sync.DeliveryKind;
import io.kontor.tracing.TraceParents;
import io.kontor.sync.Document;
import io.kontor.sync.Integration;
import io.kontor.sync.repository.DeliveryRepository;
import io.kontor.sync.repository.DocumentRepository;
import io.kontor.sync.repository.IntegrationRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * Turns documents into deliveries by the rule of DESIGN.md §5. A pair can be routed from either side: when the
 * document arrives (the usual case), or when the integration's activation arrives after a document it covers,
 * because the two topics are consumed independently. The unique (document, integration) key makes both paths
 * safe to meet. A delivery remembers the trace it was queued in (the consumed event's), which its attempts continue.
 */
@ApplicationScoped
public class DeliveryRoutingService {

    private static final Logger LOG = Logger.getLogger(DeliveryRoutingService.class);

    private final DocumentRepository documents;
    private final IntegrationRepository integrations;
    private final DeliveryRepository deliveries;
    private final DeliveryMetrics metrics;
    private final Clock clock;

    public DeliveryRoutingService(DocumentRepository documents, IntegrationRepository integrations,
                                  DeliveryRepository deliveries, DeliveryMetrics metrics, Clock clock) {
        this.metrics = metrics;
        this.documents = documents;
        this.integrations = integrations;
        this.deliveries = deliveries;
        this.clock = clock;
    }

    /** Queues one delivery per integration of the document's client that was active when it was created. */
    @Transactional
    public void routeDocument(DocumentCreated event) {
        Instant now = now();
        Document document = documents.findByIdOptional(event.documentId()).orElseGet(() -> {
            Document seen = new Document(event.documentId(), event.clientId(), event.partnerId(), event.type(),
                    event.createdAt().truncatedTo(ChronoUnit.MICROS),
                    new String(EventJson.write(event), StandardCharsets.UTF_8), now);
            documents.persist(seen);
            return seen;
        });
        int queued = 0;
        for (Integration integration : integrations.listOfClient(document.clientId())) {
            if (document.goesTo(integration) && deliveries.queueIfAbsent(Delivery.queue(document, integration, now,
                    TraceParents.current()))) {
                metrics.created(DeliveryKind.LIVE);
                queued++;
            }
        }
        LOG.debugf("Document %s of client %s queued for %d integration(s)", document.documentId(),
                document.clientId(), queued);
    }

    /** Queues the documents of the integration's client already seen here that fall into a period from {@code since}. */
    @Transactional
    public void routeDocumentsAlreadySeen(Integration integration, Instant since) {
        Instant now = now();
        int queued = 0;
        for (Document document : documents.listOfClientCreatedSince(integration.clientId(), since)) {
            if (document.goesTo(integration) && deliveries.queueIfAbsent(Delivery.queue(document, integration, now,
                    TraceParents.current()))) {
                metrics.created(DeliveryKind.LIVE);
                queued++;
            }
        }
        if (queued > 0) {
            LOG.infof("Integration %s: %d document(s) seen before its activation arrived are queued",
                    integration.integrationId(), queued);
        }
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
