package io.kontor.sync.service;

import io.kontor.problem.KeysetCursor;
import io.kontor.sync.Delivery;
import io.kontor.sync.DeliveryNotFound;
import io.kontor.sync.DeliveryStatus;
import io.kontor.sync.Document;
import io.kontor.sync.DocumentNotFound;
import io.kontor.sync.Integration;
import io.kontor.sync.IntegrationNotFound;
import io.kontor.sync.repository.DeliveryRepository;
import io.kontor.sync.repository.DocumentRepository;
import io.kontor.sync.repository.IntegrationRepository;
import io.kontor.tenancy.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.util.List;
import java.util.UUID;

/**
 * What a partner may see of its deliveries; anything of another partner does not exist for it, and an accountant
 * sees the deliveries of the clients assigned to them.
 */
@ApplicationScoped
public class DeliveryQueryService {

    private final DeliveryRepository deliveries;
    private final IntegrationRepository integrations;
    private final DocumentRepository documents;
    private final ClientAccess access;
    private final Caller caller;

    public DeliveryQueryService(DeliveryRepository deliveries, IntegrationRepository integrations,
                                DocumentRepository documents, ClientAccess access, Caller caller) {
        this.deliveries = deliveries;
        this.integrations = integrations;
        this.documents = documents;
        this.access = access;
        this.caller = caller;
    }

    /** @param status null for every status */
    @Transactional
    public DeliveryPage deliveriesOfIntegration(UUID integrationId, DeliveryStatus status, String cursor,
                                                int limit) {
        Integration integration = integrations.findByIdOptional(integrationId)
                .filter(found -> found.belongsTo(caller.partnerId()))
                .orElseThrow(() -> new IntegrationNotFound(integrationId));
        access.requireReachable(integration.clientId());
        KeysetCursor after = KeysetCursor.decode(cursor);
        List<Delivery> page = deliveries.pageOfIntegration(integrationId, status,
                after == null ? null : after.createdAt(), after == null ? null : after.id(), limit + 1);
        if (page.size() <= limit) {
            return new DeliveryPage(page, null);
        }
        Delivery last = page.get(limit - 1);
        return new DeliveryPage(page.subList(0, limit), new KeysetCursor(last.createdAt(), last.id()).encode());
    }

    @Transactional
    public List<Delivery> deliveriesOfDocument(UUID clientId, UUID documentId) {
        Document document = documents.findByIdOptional(documentId)
                .filter(known -> known.belongsTo(caller.partnerId()) && known.clientId().equals(clientId))
                .orElseThrow(() -> new DocumentNotFound(clientId, documentId));
        access.requireReachable(clientId);
        return deliveries.listOfDocument(document.documentId());
    }

    @Transactional
    public Delivery delivery(UUID deliveryId) {
        Delivery delivery = deliveries.findWithAttempts(deliveryId)
                .filter(found -> found.partnerId().equals(caller.partnerId()))
                .orElseThrow(() -> new DeliveryNotFound(deliveryId));
        access.requireReachable(delivery.clientId());
        return delivery;
    }
}
