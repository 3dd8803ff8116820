package io.kontor.local;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.standardwebhooks.Webhook;
import com.standardwebhooks.exceptions.EmptyWebhookSecretException;
import com.standardwebhooks.exceptions.WebhookVerificationException;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * {@code deploy/local/receive}: a webhook receiver for the local stack. It prints every delivery, checks its
 * Standard Webhooks signature with the reference library (not Kontor's code), fetches the original through the
 * delivery's signed link and checks it against the announced SHA-256: the whole way a document travels, visible.
 */
public final class ReceiverCommand {

    static final String USAGE = """
            Usage: deploy/local/receive [--port <port>] [--secret <whsec_...>] [--status <code>]

            Listens on http://localhost:<port>/ (default 9000) for Kontor's webhook deliveries and prints each one.
              --secret  the integration's signing secret (signingSecret of the create response): signatures are
                        checked; repeat during a rotation
              --status  the status to answer with (default 204), e.g. 500 to watch the retries, 410 to disable
            """;

    private static final ObjectMapper JSON = new ObjectMapper();

    private final List<Webhook> verifiers;
    private final int status;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private ReceiverCommand(List<Webhook> verifiers, int status) {
        this.verifiers = verifiers;
        this.status = status;
    }

    public static void main(String[] args) throws IOException {
        List<String> arguments = List.of(args);
        if (arguments.contains("--help") || arguments.contains("-h")) {
            System.out.print(USAGE);
            return;
        }
        int port = 9000;
        int status = 204;
        List<Webhook> verifiers = new ArrayList<>();
        try {
            for (int i = 0; i < arguments.size(); i++) {
                String value = i + 1 < arguments.size() ? arguments.get(i + 1) : null;
                switch (arguments.get(i)) {
                    case "--port" -> port = Integer.parseInt(UsageException.valueOf("--port", value));
                    case "--status" -> status = Integer.parseInt(UsageException.valueOf("--status", value));
                    case "--secret" -> verifiers.add(verifier(UsageException.valueOf("--secret", value)));
                    default -> throw new UsageException("unknown option " + arguments.get(i));
                }
                i++;
            }
        } catch (UsageException | NumberFormatException e) {
            System.err.println("deploy/local/receive: " + e.getMessage());
            System.err.print(USAGE);
            System.exit(2);
            return;
        }
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
        server.createContext("/", new ReceiverCommand(verifiers, status)::handle);
        server.start();
        System.out.printf("Receiving Kontor webhooks on http://localhost:%d/ (answering %d; Ctrl-C stops)%n", port,
                status);
    }

    private void handle(HttpExchange exchange) throws IOException {
        byte[] body;
        try (InputStream in = exchange.getRequestBody()) {
            body = in.readAllBytes();
        }
        Map<String, List<String>> headers = exchange.getRequestHeaders().entrySet().stream()
                .collect(Collectors.toMap(entry -> entry.getKey().toLowerCase(Locale.ROOT), Map.Entry::getValue));
        StringBuilder out = new StringBuilder();
        out.append(exchange.getRequestMethod()).append(' ').append(exchange.getRequestURI()).append('\n')
                .append("  webhook-id        ").append(first(headers, "webhook-id")).append('\n')
                .append("  webhook-timestamp ").append(first(headers, "webhook-timestamp")).append('\n')
                .append("  signature         ").append(signature(body, headers)).append('\n');
        describe(body, out);
        exchange.sendResponseHeaders(status, -1);
        exchange.close();
        System.out.print(out);
        System.out.flush();
    }

    private String signature(byte[] body, Map<String, List<String>> headers) {
        if (verifiers.isEmpty()) {
            return "not checked (start with --secret whsec_...)";
        }
        for (Webhook verifier : verifiers) {
            try {
                verifier.verify(new String(body, StandardCharsets.UTF_8), headers);
                return "valid";
            } catch (WebhookVerificationException e) {
                // Try the next secret: during a rotation either may be the one that signed.
            }
        }
        return "INVALID for every --secret given";
    }

    private void describe(byte[] body, StringBuilder out) {
        JsonNode event;
        try {
            event = JSON.readTree(body);
        } catch (IOException e) {
            out.append("  body              not JSON (").append(body.length).append(" bytes)\n");
            return;
        }
        JsonNode data = event.path("data");
        out.append("  type              ").append(event.path("type").asText()).append('\n')
                .append("  document          ").append(data.path("documentId").asText()).append(" (")
                .append(data.path("type").asText()).append(", ").append(data.path("fileName").asText())
                .append(")\n");
        String link = data.path("downloadUrl").asText(null);
        if (link != null) {
            out.append("  original          ").append(fetch(link, data.path("sha256").asText())).append('\n');
        }
    }

    /** Fetches the original as a receiver would, with nothing but the signed link. */
    private String fetch(String link, String announcedSha256) {
        try {
            HttpResponse<byte[]> response = http.send(HttpRequest.newBuilder(URI.create(link))
                    .timeout(Duration.ofSeconds(15)).build(), HttpResponse.BodyHandlers.ofByteArray());
            if (response.statusCode() != 200) {
                return "link answered " + response.statusCode();
            }
            String sha256 = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(response.body()));
            return response.body().length + " bytes, SHA-256 " + (sha256.equals(announcedSha256) ? "matches"
                    : "DIFFERS from the announced " + announcedSha256);
        } catch (IOException | NoSuchAlgorithmException e) {
            return "not fetched: " + e;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "not fetched: interrupted";
        }
    }

    private static String first(Map<String, List<String>> headers, String name) {
        List<String> values = headers.get(name);
        return values == null || values.isEmpty() ? "(missing)" : values.get(0);
    }

    private static Webhook verifier(String secret) throws UsageException {
        try {
            return new Webhook(secret);
        } catch (EmptyWebhookSecretException | IllegalArgumentException e) {
            throw new UsageException("--secret " + secret.substring(0, Math.min(6, secret.length()))
                    + "... is not a Standard Webhooks secret (whsec_ and base64)");
        }
    }
}
