package io.kontor.local;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Starts one service's {@code quarkus-run.jar} in its own JVM, configured entirely through environment
 * variables (the services' {@code application.properties} keep production defaults; DESIGN.md, STYLE.md).
 */
final class ServiceLauncher {

    private final StackLayout layout;
    private final StackOptions options;
    private final LocalPostgres postgres;
    private final String kafkaBootstrapServers;

    ServiceLauncher(StackLayout layout, StackOptions options, LocalPostgres postgres, String kafkaBootstrapServers) {
        this.layout = layout;
        this.options = options;
        this.postgres = postgres;
        this.kafkaBootstrapServers = kafkaBootstrapServers;
    }

    ChildProcess start(ServiceSpec service) throws IOException {
        List<String> jvmOptions = new ArrayList<>(List.of(
                // Enough for a service at rest and under a developer's load; four of them fit next to Kafka.
                "-Xmx384m",
                // On two cores a single-threaded collector leaves the CPU to start-up work.
                "-XX:+UseSerialGC",
                // C1 only: four services reach ready in about 8 s instead of 13 on two cores. Peak throughput
                // is lower; a benchmark sets -XX:TieredStopAtLevel=4 through KONTOR_LOCAL_SERVICE_JAVA_OPTS.
                "-XX:TieredStopAtLevel=1"));
        jvmOptions.addAll(options.serviceJavaOptions());
        jvmOptions.addAll(List.of("-jar", layout.serviceJar(service).toString()));
        List<String> command = Jvm.command(layout, jvmOptions);
        return ChildProcess.start(service.module(), command, environment(service),
                layout.logFile(service.module()), layout.pidFile(service.module()));
    }

    Map<String, String> environment(ServiceSpec service) {
        Map<String, String> env = new LinkedHashMap<>();
        env.put("QUARKUS_HTTP_PORT", Integer.toString(options.port(service)));
        // Loopback only: anyone holding this repository can mint a token these services accept.
        env.put("QUARKUS_HTTP_HOST", "localhost");
        env.put("QUARKUS_DATASOURCE_JDBC_URL", postgres.jdbcUrl(service.database()));
        env.put("QUARKUS_DATASOURCE_USERNAME", LocalPostgres.USER);
        // Ignored by trust authentication, but a service may refuse to start without one.
        env.put("QUARKUS_DATASOURCE_PASSWORD", LocalPostgres.USER);
        env.put("KAFKA_BOOTSTRAP_SERVERS", kafkaBootstrapServers);
        env.put("MP_JWT_VERIFY_PUBLICKEY_LOCATION", "file:" + layout.devPublicKey());
        env.put("MP_JWT_VERIFY_ISSUER", DevTokens.ISSUER);
        // No load balancer to drain on this machine: stopping the stack need not wait out the shutdown delay.
        env.put("QUARKUS_SHUTDOWN_DELAY", "0S");
        if (service.equals(ServiceSpec.DOCUMENTS)) {
            env.put("KONTOR_DOCUMENTS_DOWNLOAD_LINKS_SECRET", readDevSecret(layout.devDownloadLinkSecret()));
        }
        if (service.equals(ServiceSpec.SYNC_WORKER)) {
            // The worker signs the links in its deliveries with documents-service's key, for its address.
            env.put("KONTOR_SYNC_DOWNLOAD_LINKS_SECRET", readDevSecret(layout.devDownloadLinkSecret()));
            env.put("KONTOR_SYNC_DOWNLOAD_LINKS_BASE_URL", baseUrl(ServiceSpec.DOCUMENTS));
            // Backfills list a client's documents there, as the caller.
            env.put("KONTOR_SYNC_DOCUMENTS_URL", baseUrl(ServiceSpec.DOCUMENTS));
            // Webhook receivers and the mail relay of a local demo run on this machine, and production refuses
            // loopback like every non-public address. A developer's own value wins, e.g. to add a receiver on the
            // office network.
            for (String channel : List.of("WEBHOOK", "EMAIL")) {
                String variable = "KONTOR_SYNC_" + channel + "_ALLOWED_NETWORKS";
                env.put(variable, System.getenv().getOrDefault(variable, "127.0.0.0/8,::1/128"));
            }
        }
        if (service.equals(ServiceSpec.INTEGRATIONS)) {
            // Asked about a client or installation whose event has not arrived yet; the ports may have been moved.
            env.put("KONTOR_INTEGRATIONS_DOCUMENTS_URL", baseUrl(ServiceSpec.DOCUMENTS));
            env.put("KONTOR_INTEGRATIONS_STORE_URL", baseUrl(ServiceSpec.STORE));
        }
        if (service.equals(ServiceSpec.STORE) || service.equals(ServiceSpec.INTEGRATIONS)) {
            env.put("KONTOR_SECRETS_KEY_ID", "dev-1");
            env.put("KONTOR_SECRETS_KEY", readDevSecret(layout.devSecretsKey()));
        }
        if (!service.equals(ServiceSpec.DOCUMENTS)) {
            // Seals what store-service and integrations-service send the worker (an SMTP password, a signing secret).
            env.put("KONTOR_SECRETS_DELIVERY_KEY_ID", "dev-delivery-1");
            env.put("KONTOR_SECRETS_DELIVERY_KEY", readDevSecret(layout.devDeliveryKey()));
        }
        if (System.getenv("OTEL_EXPORTER_OTLP_ENDPOINT") == null) {
            // No collector runs locally: spans are still made (the traceparent headers travel), none is exported.
            env.put("QUARKUS_OTEL_TRACES_SAMPLER", "always_off");
        }
        return env;
    }

    private static String readDevSecret(Path file) {
        try {
            return Files.readString(file).strip();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the dev key " + file, e);
        }
    }

    String baseUrl(ServiceSpec service) {
        return "http://localhost:" + options.port(service);
    }
}
