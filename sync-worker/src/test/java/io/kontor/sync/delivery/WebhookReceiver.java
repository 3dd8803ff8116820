package io.kontor.sync.delivery;

import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;

/**
 * A real HTTP receiver on loopback, in the test JVM: each path answers the statuses it was told to, in order (then
 * 204), as late as it was told to, and every request it got is kept with its headers and body.
 */
public final class WebhookReceiver implements AutoCloseable {

    /** One request as it arrived. */
    public record Received(String path, Map<String, List<String>> headers, byte[] body) {

        public String header(String name) {
            return headers.entrySet().stream().filter(entry -> entry.getKey().equalsIgnoreCase(name))
                    .findFirst().map(entry -> entry.getValue().get(0)).orElse(null);
        }

        public String bodyText() {
            return new String(body, StandardCharsets.UTF_8);
        }
    }

    private final HttpServer server;
    private final Map<String, Queue<Integer>> answers = new ConcurrentHashMap<>();
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private volatile Duration answerDelay = Duration.ZERO;

    public WebhookReceiver() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(Executors.newFixedThreadPool(16));
        server.createContext("/", exchange -> {
            try (InputStream in = exchange.getRequestBody(); OutputStream out = exchange.getResponseBody()) {
                String path = exchange.getRequestURI().getPath();
                received.add(new Received(path, Map.copyOf(exchange.getRequestHeaders()), in.readAllBytes()));
                sleep(answerDelay);
                Integer status = answers.getOrDefault(path, new ConcurrentLinkedQueue<>()).poll();
                int answer = status == null ? 204 : status;
                if (answer == 429) {
                    // Come back in an hour: the delivery stays pending (RETRYING) for as long as a test needs.
                    exchange.getResponseHeaders().add("Retry-After", "3600");
                }
                exchange.sendResponseHeaders(answer, answer == 204 ? -1 : 0);
                if (answer != 204) {
                    out.write(("status " + answer).getBytes(StandardCharsets.UTF_8));
                }
            }
        });
        server.start();
    }

    /** The URL of a path on this receiver, e.g. {@code /hooks/a}. */
    public String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    /** The next requests to {@code path} are answered with these statuses, in order; later ones with 204. */
    public void answer(String path, Integer... statuses) {
        answers.computeIfAbsent(path, ignored -> new ConcurrentLinkedQueue<>()).addAll(List.of(statuses));
    }

    /** From now on every answer comes this late: a slow receiver, with the request already taken in. */
    public void delayAnswers(Duration delay) {
        answerDelay = delay;
    }

    public List<Received> received() {
        return List.copyOf(received);
    }

    public List<Received> receivedAt(String path) {
        return received.stream().filter(request -> request.path().equals(path)).toList();
    }

    private static void sleep(Duration delay) {
        try {
            Thread.sleep(delay.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
