package io.kontor.sync.messaging;

import io.kontor.events.EventType;
import io.kontor.events.EventTypes;
import io.kontor.events.documents.DocumentCreated;
import io.kontor.events.cloudevents.CloudEvent;
import io.kontor.inbox.EventHandler;
import io.kontor.sync.service.DeliveryRoutingService;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
public class DocumentCreatedHandler implements EventHandler<DocumentCreated> {

    private final DeliveryRoutingService service;

    public DocumentCreatedHandler(DeliveryRoutingService service) {
        this.service = service;
    }

    @Override
    public EventType<DocumentCreated> type() {
        return EventTypes.DOCUMENT_CREATED;
    }

    @Override
    public void handle(DocumentCreated data, CloudEvent event) {
        service.routeDocument(data);
    }
}
