package io.kontor.integrations.owners;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.kontor.events.EventJson;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A real HTTP server standing in for a service that owns clients or installations: documents-service and
 * store-service cannot run inside this test JVM. Like the owner, it answers a GET of a resource a test put there
 * with 200 and its JSON when the bearer token's {@code partner_id} is the resource's firm, and with a problem+json
 * 404 otherwise. It records the Authorization header of every request, and can be stopped, made slow or made to
 * fail, for the tests of what happens when the owner is not there.
 */
public final class OwnerDouble {

    /** One request as the owner received it. */
    public record Request(String path, String authorization) {
    }

    /** @param partnerId null for what every firm may read (the catalog) */
    private record Resource(String partnerId, byte[] json) {
    }

    private final Map<String, Resource> resources = new ConcurrentHashMap<>();
    private final List<Request> requests = new CopyOnWriteArrayList<>();
    // The JDK's server answers one exchange at a time on its dispatcher unless given threads of its own.
    private final ExecutorService threads = Executors.newCachedThreadPool(runnable -> {
        Thread thread = new Thread(runnable, "owner-double");
        thread.setDaemon(true);
        return thread;
    });
    private volatile Duration delay = Duration.ZERO;
    private volatile int failWith;
    private HttpServer server;
    private int port;

    /** Starts listening, on the same port as before if it ran already, so that the service's URL stays right. */
    public synchronized void start() {
        if (server != null) {
            return;
        }
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/", this::answer);
        server.setExecutor(threads);
        server.start();
        port = server.getAddress().getPort();
    }

    /** The owner is down: connections are refused until {@link #start()}. */
    public synchronized void stop() {
        server.stop(0);
        server = null;
    }

    public synchronized String url() {
        return "http://localhost:" + port;
    }

    /** Serves {@code body} as JSON at {@code path} to tokens of {@code partnerId} (null: of every firm). */
    public void put(String path, String partnerId, Object body) {
        resources.put(path, new Resource(partnerId, EventJson.write(body)));
    }

    public void remove(String path) {
        resources.remove(path);
    }

    /** Every answer comes only after {@code delay}, e.g. longer than the service waits. */
    public void answerAfter(Duration delay) {
        this.delay = delay;
    }

    /** Every answer is this status (a 5xx, say) until {@link #behave()}. */
    public void failWith(int status) {
        this.failWith = status;
    }

    /** Back to answering at once, with what it holds. */
    public void behave() {
        delay = Duration.ZERO;
        failWith = 0;
    }

    public List<Request> requestsTo(String path) {
        return requests.stream().filter(request -> request.path().equals(path)).toList();
    }

    private void answer(HttpExchange exchange) throws IOException {
        try {
            String path = exchange.getRequestURI().getPath();
            String authorization = exchange.getRequestHeaders().getFirst("Authorization");
            requests.add(new Request(path, authorization));
            Thread.sleep(delay.toMillis());
            Resource resource = resources.get(path);
            if (failWith != 0) {
                respond(exchange, failWith, "application/problem+json", problem(failWith, "owner-failure"));
            } else if (resource != null && (resource.partnerId() == null
                    || resource.partnerId().equals(partnerOf(authorization)))) {
                respond(exchange, 200, "application/json", resource.json());
            } else {
                respond(exchange, 404, "application/problem+json", problem(404, "not-found"));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (IOException e) {
            // The service gave up waiting and closed the connection: nothing left to answer.
        } finally {
            exchange.close();
        }
    }

    private static void respond(HttpExchange exchange, int status, String type, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.sendResponseHeaders(status, body.length);
        exchange.getResponseBody().write(body);
    }

    private static byte[] problem(int status, String slug) {
        return EventJson.write(Map.of("type", "https://kontor.dev/problems/" + slug, "title", slug,
                "status", status, "detail", "from the owner double"));
    }

    /** The owner verifies the token; the double only reads whose it is. */
    private static String partnerOf(String authorization) {
        if (authorization == null || !authorization.startsWith("Bearer ")) {
            return null;
        }
        String[] parts = authorization.substring("Bearer ".length()).split("\\.");
        if (parts.length != 3) {
            return null;
        }
        JsonNode claims = EventJson.read(Base64.getUrlDecoder().decode(parts[1]), JsonNode.class);
        return claims.path("partner_id").textValue();
    }
}
