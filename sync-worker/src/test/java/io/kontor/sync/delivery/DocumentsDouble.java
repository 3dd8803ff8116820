package io.kontor.sync.delivery;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.kontor.events.EventJson;
import io.kontor.downloadlinks.DownloadLinkRefused;
import io.kontor.downloadlinks.DownloadLinkTokens;
import io.kontor.events.documents.DocumentType;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;

/**
 * documents-service's list of a client's documents, as a double on real HTTP: the shape of its {@code DocumentList}
 * (items with the {@code DocumentView} fields, {@code nextCursor}), the createdFrom/createdTo filters, sort by
 * createdAt, limit and an opaque cursor, 404 for a client it does not have, 401 without a bearer token. And its
 * download links: {@code /api/v1/downloads/<token>} answers the original of a document given {@link #hasOriginal}
 * when the token verifies with the link key the worker signs with, 404 otherwise. Lives as long as the test JVM, like
 * its PostgreSQL and Kafka.
 */
public class DocumentsDouble implements QuarkusTestResourceLifecycleManager {

    private static final Map<UUID, List<ObjectNode>> DOCUMENTS = new ConcurrentHashMap<>();
    private static final List<String> AUTHORIZATIONS = new CopyOnWriteArrayList<>();
    private static final Map<UUID, byte[]> ORIGINALS = new ConcurrentHashMap<>();
    /** The test profile's kontor.sync.download-links.secret, the key documents-service would check links with. */
    private static final DownloadLinkTokens LINKS = DownloadLinkTokens.fromBase64(
            "dGVzdC1vbmx5LWRvd25sb2FkLWxpbmstc2VjcmV0LTAxMjM0NTY3ODk=", "test download-links secret");
    private static HttpServer server;

    @Override
    public synchronized Map<String, String> start() {
        if (server == null) {
            try {
                server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            server.createContext("/api/v1/clients/", DocumentsDouble::list);
            server.createContext("/api/v1/downloads/", DocumentsDouble::download);
            server.start();
        }
        String url = "http://127.0.0.1:" + server.getAddress().getPort();
        return Map.of("kontor.sync.documents-url", url, "kontor.sync.download-links.base-url", url);
    }

    @Override
    public void stop() {
        // Other test classes of this JVM may reuse the double at the port their configuration names.
    }

    /** A document documents-service has for the client, stored at {@code createdAt}. */
    public static UUID has(UUID clientId, DocumentType type, Instant createdAt) {
        UUID id = UUID.randomUUID();
        ObjectNode document = EventJson.mapper().createObjectNode()
                .put("id", id.toString()).put("clientId", clientId.toString()).put("type", type.name())
                .put("fileName", "scan-" + id + ".pdf").put("mediaType", "application/pdf").put("sizeBytes", 4096)
                .put("sha256", "ab".repeat(32)).put("createdAt", createdAt.toString()).put("createdBy", "user-anna")
                .put("version", 1).put("updatedAt", createdAt.toString());
        document.putObject("metadata").put("documentNumber", "INV-" + id.toString().substring(0, 8));
        DOCUMENTS.computeIfAbsent(clientId, ignored -> new CopyOnWriteArrayList<>()).add(document);
        return id;
    }

    /** A client documents-service knows, with no documents yet. */
    public static void hasClient(UUID clientId) {
        DOCUMENTS.computeIfAbsent(clientId, ignored -> new CopyOnWriteArrayList<>());
    }

    /** The bytes documents-service keeps for the document, served through a valid download link. */
    public static void hasOriginal(UUID documentId, byte[] bytes) {
        ORIGINALS.put(documentId, bytes.clone());
    }

    public static List<String> authorizations() {
        return List.copyOf(AUTHORIZATIONS);
    }

    private static void list(HttpExchange exchange) throws IOException {
        String authorization = exchange.getRequestHeaders().getFirst("Authorization");
        String[] path = exchange.getRequestURI().getPath().split("/");
        if (authorization == null || !authorization.startsWith("Bearer ")) {
            answer(exchange, 401, "{}");
            return;
        }
        AUTHORIZATIONS.add(authorization);
        List<ObjectNode> documents = path.length == 6 && "documents".equals(path[5])
                ? DOCUMENTS.get(UUID.fromString(path[4])) : null;
        if (documents == null) {
            answer(exchange, 404, "{}");
            return;
        }
        Map<String, String> query = query(exchange.getRequestURI().getRawQuery());
        Instant from = Instant.parse(query.get("createdFrom"));
        Instant to = Instant.parse(query.get("createdTo"));
        int limit = Integer.parseInt(query.get("limit"));
        int offset = query.containsKey("cursor") ? Integer.parseInt(query.get("cursor")) : 0;
        List<ObjectNode> matching = documents.stream()
                .filter(document -> !Instant.parse(document.path("createdAt").asText()).isBefore(from)
                        && Instant.parse(document.path("createdAt").asText()).isBefore(to))
                .sorted(Comparator.comparing(document -> Instant.parse(document.path("createdAt").asText())))
                .toList();
        ObjectNode page = EventJson.mapper().createObjectNode();
        ArrayNode items = page.putArray("items");
        matching.stream().skip(offset).limit(limit).forEach(items::add);
        if (offset + limit < matching.size()) {
            page.put("nextCursor", Integer.toString(offset + limit));
        }
        answer(exchange, 200, page.toString());
    }

    private static void download(HttpExchange exchange) throws IOException {
        String token = exchange.getRequestURI().getPath().substring("/api/v1/downloads/".length());
        byte[] original;
        try {
            original = ORIGINALS.get(LINKS.verify(token, Instant.now()).documentId());
        } catch (DownloadLinkRefused e) {
            original = null;
        }
        if (original == null) {
            answer(exchange, 404, "{}");
            return;
        }
        exchange.getResponseHeaders().add("Content-Type", "application/octet-stream");
        exchange.sendResponseHeaders(200, original.length);
        try (var body = exchange.getResponseBody()) {
            body.write(original);
        }
    }

    private static Map<String, String> query(String raw) {
        return Arrays.stream(raw.split("&")).map(pair -> pair.split("=", 2)).collect(Collectors.toMap(
                pair -> pair[0], pair -> URLDecoder.decode(pair[1], StandardCharsets.UTF_8)));
    }

    private static void answer(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }
}
