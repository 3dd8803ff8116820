package com.example.kontor.connector;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * documents-service's two endpoints a connector uses, shaped as DocumentResource and DownloadResource shape them:
 * {@code POST …/download-link} with a bearer token answers 201 {@code {url, expiresAt}}, and the link answers the
 * original to anyone, without a token. Unknown documents are 404 problems, as for another firm's.
 */
final class FakeDocumentsService implements AutoCloseable {

    private static final Pattern LINK_REQUEST =
            Pattern.compile("/api/v1/clients/([^/]+)/documents/([^/]+)/download-link");
    private static final Pattern DOWNLOAD = Pattern.compile("/api/v1/downloads/([^/]+)");

    /** A request as it arrived: path and Authorization header (null when there was none). */
    record Request(String method, String path, String authorization) {
    }

    private final HttpServer server;
    private final String token;
    private final Map<String, byte[]> originals = new ConcurrentHashMap<>();
    private final Map<String, String> links = new ConcurrentHashMap<>();
    private final List<Request> requests = new CopyOnWriteArrayList<>();
    private final AtomicInteger outagesLeft = new AtomicInteger();

    FakeDocumentsService(String token) throws IOException {
        this.token = token;
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/api/v1/", this::handle);
        server.start();
    }

    URI url() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    void store(String clientId, String documentId, byte[] original) {
        originals.put(clientId + "/" + documentId, original);
    }

    /** The next {@code count} link requests get 503, as from a documents-service being restarted. */
    void failNextLinkRequests(int count) {
        outagesLeft.set(count);
    }

    List<Request> requests() {
        return List.copyOf(requests);
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getPath();
            String authorization = exchange.getRequestHeaders().getFirst("Authorization");
            requests.add(new Request(exchange.getRequestMethod(), path, authorization));
            Matcher linkRequest = LINK_REQUEST.matcher(path);
            Matcher download = DOWNLOAD.matcher(path);
            if (linkRequest.matches() && exchange.getRequestMethod().equals("POST")) {
                createLink(exchange, authorization, linkRequest.group(1) + "/" + linkRequest.group(2));
            } else if (download.matches() && exchange.getRequestMethod().equals("GET")) {
                download(exchange, download.group(1));
            } else {
                problem(exchange, 404, "not-found");
            }
        }
    }

    private void createLink(HttpExchange exchange, String authorization, String document) throws IOException {
        if (!("Bearer " + token).equals(authorization)) {
            problem(exchange, 401, "unauthorized");
        } else if (outagesLeft.getAndUpdate(left -> Math.max(0, left - 1)) > 0) {
            problem(exchange, 503, "unavailable");
        } else if (!originals.containsKey(document)) {
            problem(exchange, 404, "document-not-found");
        } else {
            String linkToken = UUID.randomUUID().toString();
            links.put(linkToken, document);
            Instant expiresAt = Instant.now().plus(15, ChronoUnit.MINUTES).truncatedTo(ChronoUnit.SECONDS);
            send(exchange, 201, "application/json", ("{\"url\":\"" + url() + "/api/v1/downloads/" + linkToken
                    + "\",\"expiresAt\":\"" + expiresAt + "\"}").getBytes(StandardCharsets.UTF_8));
        }
    }

    private void download(HttpExchange exchange, String linkToken) throws IOException {
        String document = links.get(linkToken);
        if (document == null) {
            problem(exchange, 403, "download-link-invalid");
        } else {
            send(exchange, 200, "application/octet-stream", originals.get(document));
        }
    }

    private static void problem(HttpExchange exchange, int status, String type) throws IOException {
        send(exchange, status, "application/problem+json", ("{\"type\":\"https://kontor.dev/problems/" + type
                + "\",\"status\":" + status + "}").getBytes(StandardCharsets.UTF_8));
    }

    private static void send(HttpExchange exchange, int status, String contentType, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", contentType);
        exchange.sendResponseHeaders(status, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
