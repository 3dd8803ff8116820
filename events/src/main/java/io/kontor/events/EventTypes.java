package io.kontor.events;

import io.kontor.events.clients.ClientArchived;
import io.kontor.events.clients.ClientCreated;
import io.kontor.events.clients.ClientUpdated;
import io.kontor.events.deliveries.DeliveryFailed;
import io.kontor.events.deliveries.DeliverySucceeded;
import io.kontor.events.documents.DocumentCreated;
import io.kontor.events.documents.DocumentUpdated;
import io.kontor.events.installations.InstallationCreated;
import io.kontor.events.installations.InstallationDeleted;
import io.kontor.events.installations.InstallationUpdated;
import io.kontor.events.integrations.IntegrationActivated;
import io.kontor.events.integrations.IntegrationCreated;
import io.kontor.events.integrations.IntegrationDeactivated;
import io.kontor.events.integrations.IntegrationDeleted;
import io.kontor.events.integrations.IntegrationUpdated;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Every event type Kontor publishes. Consumers look a record's {@code ce_type} up here. */
public final class EventTypes {

    public static final EventType<ClientCreated> CLIENT_CREATED =
            new EventType<>("kontor.client.created.v1", Topics.CLIENTS, ClientCreated.class);
    public static final EventType<ClientUpdated> CLIENT_UPDATED =
            new EventType<>("kontor.client.updated.v1", Topics.CLIENTS, ClientUpdated.class);
    public static final EventType<ClientArchived> CLIENT_ARCHIVED =
            new EventType<>("kontor.client.archived.v1", Topics.CLIENTS, ClientArchived.class);

    public static final EventType<DocumentCreated> DOCUMENT_CREATED =
            new EventType<>("kontor.document.created.v1", Topics.DOCUMENTS, DocumentCreated.class);
    public static final EventType<DocumentUpdated> DOCUMENT_UPDATED =
            new EventType<>("kontor.document.updated.v1", Topics.DOCUMENTS, DocumentUpdated.class);

    public static final EventType<InstallationCreated> INSTALLATION_CREATED =
            new EventType<>("kontor.installation.created.v1", Topics.INSTALLATIONS, InstallationCreated.class);
    public static final EventType<InstallationUpdated> INSTALLATION_UPDATED =
            new EventType<>("kontor.installation.updated.v1", Topics.INSTALLATIONS, InstallationUpdated.class);
    public static final EventType<InstallationDeleted> INSTALLATION_DELETED =
            new EventType<>("kontor.installation.deleted.v1", Topics.INSTALLATIONS, InstallationDeleted.class);

    public static final EventType<IntegrationCreated> INTEGRATION_CREATED =
            new EventType<>("kontor.integration.created.v1", Topics.INTEGRATIONS, IntegrationCreated.class);
    public static final EventType<IntegrationActivated> INTEGRATION_ACTIVATED =
            new EventType<>("kontor.integration.activated.v1", Topics.INTEGRATIONS, IntegrationActivated.class);
    public static final EventType<IntegrationDeactivated> INTEGRATION_DEACTIVATED =
            new EventType<>("kontor.integration.deactivated.v1", Topics.INTEGRATIONS, IntegrationDeactivated.class);
    public static final EventType<IntegrationDeleted> INTEGRATION_DELETED =
            new EventType<>("kontor.integration.deleted.v1", Topics.INTEGRATIONS, IntegrationDeleted.class);
    public static final EventType<IntegrationUpdated> INTEGRATION_UPDATED =
            new EventType<>("kontor.integration.updated.v1", Topics.INTEGRATIONS, IntegrationUpdated.class);

    public static final EventType<DeliverySucceeded> DELIVERY_SUCCEEDED =
            new EventType<>("kontor.delivery.succeeded.v1", Topics.DELIVERIES, DeliverySucceeded.class);
    public static final EventType<DeliveryFailed> DELIVERY_FAILED =
            new EventType<>("kontor.delivery.failed.v1", Topics.DELIVERIES, DeliveryFailed.class);

    public static final List<EventType<?>> ALL = List.of(
            CLIENT_CREATED, CLIENT_UPDATED, CLIENT_ARCHIVED,
            DOCUMENT_CREATED, DOCUMENT_UPDATED,
            INSTALLATION_CREATED, INSTALLATION_UPDATED, INSTALLATION_DELETED,
            INTEGRATION_CREATED, INTEGRATION_ACTIVATED, INTEGRATION_DEACTIVATED, INTEGRATION_DELETED,
            INTEGRATION_UPDATED,
            DELIVERY_SUCCEEDED, DELIVERY_FAILED);

    private static final Map<String, EventType<?>> BY_NAME =
            ALL.stream().collect(Collectors.toUnmodifiableMap(EventType::name, Function.identity()));

    private EventTypes() {
    }

    /** The type registered under a {@code ce_type}; empty for a type this version of the contract does not know. */
    public static Optional<EventType<?>> byName(String name) {
        return Optional.ofNullable(BY_NAME.get(name));
    }
}
