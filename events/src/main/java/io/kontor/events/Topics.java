package io.kontor.events;

import java.util.List;

/** Kafka topics, one per aggregate (DESIGN.md §4). The record key keeps one client's events in order. */
public final class Topics {

    /** Key: clientId. */
    public static final String CLIENTS = "kontor.clients";
    /** Key: clientId. */
    public static final String DOCUMENTS = "kontor.documents";
    /** Key: partnerId — an installation belongs to the firm, not to one client. */
    public static final String INSTALLATIONS = "kontor.installations";
    /** Key: clientId. */
    public static final String INTEGRATIONS = "kontor.integrations";
    /** Key: clientId. */
    public static final String DELIVERIES = "kontor.deliveries";

    public static final List<String> ALL = List.of(CLIENTS, DOCUMENTS, INSTALLATIONS, INTEGRATIONS, DELIVERIES);

    private Topics() {
    }
}
