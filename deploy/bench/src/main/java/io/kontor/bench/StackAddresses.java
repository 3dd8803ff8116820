package io.kontor.bench;

import java.util.List;
import java.util.Map;

/**
 * Where the local stack listens: deploy/local/up's defaults, moved by the same {@code KONTOR_LOCAL_<NAME>_PORT}
 * variables it reads. The bench passes its environment to the stack it starts, so one setting moves both, and a
 * second stack (in another clone, on other ports) can be measured without touching the first.
 */
record StackAddresses(int documents, int integrations, int store, int syncWorker, int postgres, int kafka) {

    /** This process's stack: the bench is one command against one stack. */
    static final StackAddresses LOCAL = from(System.getenv());

    static StackAddresses from(Map<String, String> env) {
        return new StackAddresses(port(env, "DOCUMENTS", 8081), port(env, "INTEGRATIONS", 8082),
                port(env, "STORE", 8083), port(env, "SYNC_WORKER", 8084),
                port(env, "POSTGRES", 15432), port(env, "KAFKA", 9092));
    }

    private static int port(Map<String, String> env, String name, int defaultPort) {
        String value = env.get("KONTOR_LOCAL_" + name + "_PORT");
        if (value == null || value.isBlank()) {
            return defaultPort;
        }
        try {
            return Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("KONTOR_LOCAL_" + name + "_PORT=" + value + " is not a port number");
        }
    }

    String documentsUrl() {
        return "http://localhost:" + documents;
    }

    String integrationsUrl() {
        return "http://localhost:" + integrations;
    }

    String storeUrl() {
        return "http://localhost:" + store;
    }

    String syncWorkerUrl() {
        return "http://localhost:" + syncWorker;
    }

    List<String> serviceUrls() {
        return List.of(documentsUrl(), integrationsUrl(), storeUrl(), syncWorkerUrl());
    }

    /** A service's database; the local stack's PostgreSQL trusts local connections as {@code postgres}. */
    String jdbcUrl(String database) {
        return "jdbc:postgresql://localhost:" + postgres + "/" + database;
    }

    String kafkaBootstrap() {
        return "localhost:" + kafka;
    }
}
