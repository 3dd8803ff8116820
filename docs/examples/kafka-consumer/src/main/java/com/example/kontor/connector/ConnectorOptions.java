package com.example.kontor.connector;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * How the connector is told where Kontor is and who it is: an option on the command line wins over the environment
 * variable, which wins over the default. The token is better passed in the environment, where {@code ps} does not
 * show it.
 *
 * @param partnerId when present, only this firm's documents are handled: {@code kontor.documents} carries every
 *                  firm's, and a token opens only its own firm's originals
 */
public record ConnectorOptions(String bootstrapServers, URI documentsUrl, String token, String groupId,
                               Optional<String> partnerId) {

    static final String DEFAULT_GROUP = "example-document-printer";

    static final String USAGE = """
            Usage: document-printer [--bootstrap-servers <host:port>] [--documents-url <url>] [--token <jwt>]
                                    [--group <id>] [--partner <id>]

            Reads kontor.documents and, for every new document, fetches the original through a signed download
            link, checks its SHA-256 and prints one line.
              --bootstrap-servers  Kafka (KAFKA_BOOTSTRAP_SERVERS; default localhost:9092)
              --documents-url      documents-service (KONTOR_DOCUMENTS_URL; default http://localhost:8081)
              --token              a bearer token of the firm (KONTOR_TOKEN; required)
              --group              the Kafka consumer group (KONTOR_CONNECTOR_GROUP; default %s)
              --partner            handle only this firm's documents (KONTOR_PARTNER; default: every firm's)
            """.formatted(DEFAULT_GROUP);

    public ConnectorOptions {
        if (token == null || token.isBlank()) {
            throw new IllegalArgumentException("a token is required: --token or KONTOR_TOKEN");
        }
    }

    static ConnectorOptions parse(List<String> args, Map<String, String> env) {
        String bootstrapServers = env.getOrDefault("KAFKA_BOOTSTRAP_SERVERS", "localhost:9092");
        String documentsUrl = env.getOrDefault("KONTOR_DOCUMENTS_URL", "http://localhost:8081");
        String token = env.get("KONTOR_TOKEN");
        String group = env.getOrDefault("KONTOR_CONNECTOR_GROUP", DEFAULT_GROUP);
        String partner = env.get("KONTOR_PARTNER");
        for (int i = 0; i < args.size(); i += 2) {
            String option = args.get(i);
            if (i + 1 >= args.size()) {
                throw new IllegalArgumentException(option + " needs a value");
            }
            String value = args.get(i + 1);
            switch (option) {
                case "--bootstrap-servers" -> bootstrapServers = value;
                case "--documents-url" -> documentsUrl = value;
                case "--token" -> token = value;
                case "--group" -> group = value;
                case "--partner" -> partner = value;
                default -> throw new IllegalArgumentException("unknown option " + option);
            }
        }
        return new ConnectorOptions(bootstrapServers, URI.create(documentsUrl), token, group,
                Optional.ofNullable(partner).filter(id -> !id.isBlank()));
    }

    /** Names no token: options end up in log lines. */
    @Override
    public String toString() {
        return "ConnectorOptions[bootstrapServers=" + bootstrapServers + ", documentsUrl=" + documentsUrl
                + ", groupId=" + groupId + ", partnerId=" + partnerId.orElse("(every firm)") + "]";
    }
}
