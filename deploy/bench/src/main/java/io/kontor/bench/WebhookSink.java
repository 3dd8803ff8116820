package io.kontor.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Function;

/**
 * The webhook receivers of the end-to-end benchmark and the fault drills: one HTTP server on loopback, one path per
 * integration ({@code /hooks/<key>}), that records every request it answered — which integration, its
 * {@code webhook-id}, the document and its {@code createdAt} — and answers as told: 204 at once, or a status and a
 * delay a drill sets, for every integration or some.
 */
final class WebhookSink implements AutoCloseable {

    /** How the sink answers an integration's requests. */
    record Answer(int status, Duration delay) {

        static final Answer ACCEPT = new Answer(204, Duration.ZERO);

        boolean accepts() {
            return status >= 200 && status < 300;
        }
    }

    /** One request the sink answered: {@code accepted} when it answered 2xx (whether the sender waited for it or not). */
    record Reception(String hook, String webhookId, String documentId, Instant createdAt, Instant receivedAt,
                     boolean accepted) {
    }

    private static final String PREFIX = "/hooks/";

    private final HttpServer server;
    private final ExecutorService threads = Executors.newCachedThreadPool();
    private final Queue<Reception> receptions = new ConcurrentLinkedQueue<>();
    private volatile Function<String, Answer> answers = hook -> Answer.ACCEPT;

    private WebhookSink(HttpServer server) {
        this.server = server;
    }

    static WebhookSink start() throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 256);
        WebhookSink sink = new WebhookSink(server);
        server.createContext(PREFIX, sink::handle);
        // A thread per request in flight: a drill's slow answers must not queue the fast ones behind them.
        server.setExecutor(sink.threads);
        server.start();
        return sink;
    }

    /** The URL an integration's settings name. */
    String url(String hook) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + PREFIX + hook;
    }

    int port() {
        return server.getAddress().getPort();
    }

    void answerEvery(Answer answer) {
        answers = hook -> answer;
    }

    void answer(Function<String, Answer> perHook) {
        answers = perHook;
    }

    void acceptEverything() {
        answerEvery(Answer.ACCEPT);
    }

    List<Reception> receptions() {
        return List.copyOf(receptions);
    }

    /**
     * One reception per delivery: the first accepted request for each (document, hook) whose document was created
     * in [{@code createdFrom}, {@code createdUntil}), in arrival order; resends after it are left out.
     */
    List<Reception> firstDeliveries(Instant createdFrom, Instant createdUntil) {
        Set<String> seen = new HashSet<>();
        List<Reception> first = new ArrayList<>();
        for (Reception reception : receptions) {
            boolean inWindow = !reception.createdAt().isBefore(createdFrom) && reception.createdAt().isBefore(createdUntil);
            if (inWindow && reception.accepted() && seen.add(reception.documentId() + "/" + reception.hook())) {
                first.add(reception);
            }
        }
        return first;
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (InputStream body = exchange.getRequestBody()) {
            Instant receivedAt = Instant.now();
            String hook = exchange.getRequestURI().getPath().substring(PREFIX.length());
            JsonNode data = JsonApi.JSON.readTree(body.readAllBytes()).path("data");
            String documentId = data.path("documentId").asText();
            Instant createdAt;
            try {
                createdAt = Instant.parse(data.path("createdAt").asText());
            } catch (RuntimeException e) {
                // A request the sink cannot read is not one it received: a 400 shows that in the delivery's attempts.
                exchange.sendResponseHeaders(400, -1);
                return;
            }
            Answer answer = answers.apply(hook);
            if (!answer.delay().isZero()) {
                Thread.sleep(answer.delay().toMillis());
            }
            // Recorded before answering, as a receiver stores what it got first: a sender that gave up waiting (a
            // timeout) did deliver it, and its resend is a duplicate the receiver must recognise by webhook-id.
            receptions.add(new Reception(hook, exchange.getRequestHeaders().getFirst("webhook-id"), documentId,
                    createdAt, receivedAt, answer.accepts()));
            exchange.sendResponseHeaders(answer.status(), -1);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            exchange.close();
        }
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }
}
