package io.kontor.local;

import java.util.List;

/**
 * One of the four Kontor services as the local stack runs it. {@code module} is both its folder in the
 * reactor and its name in logs; {@code portKey} names its port option ({@code --<portKey>-port}).
 */
record ServiceSpec(String module, String portKey, String database) {

    static final ServiceSpec DOCUMENTS = new ServiceSpec("documents-service", "documents", "kontor_documents");
    static final ServiceSpec INTEGRATIONS = new ServiceSpec("integrations-service", "integrations", "kontor_integrations");
    static final ServiceSpec STORE = new ServiceSpec("store-service", "store", "kontor_store");
    static final ServiceSpec SYNC_WORKER = new ServiceSpec("sync-worker", "sync-worker", "kontor_sync");

    /** In port order, 8081 to 8084. */
    static final List<ServiceSpec> ALL = List.of(DOCUMENTS, INTEGRATIONS, STORE, SYNC_WORKER);
}
