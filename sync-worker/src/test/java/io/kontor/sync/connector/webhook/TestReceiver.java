package io.kontor.sync.connector.webhook;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A webhook receiver on this machine (the JDK's HTTP server): records every request and answers as told. Bound to
 * a loopback address on a free port, so tests reach nothing but themselves.
 */
final class TestReceiver implements AutoCloseable {

    record Received(String path, Headers headers, byte[] body) {
    }

    record Answer(int status, Map<String, String> headers, byte[] body, Duration delay) {
    }

    private final HttpServer server;
    private final ExecutorService handlers = Executors.newCachedThreadPool();
    private final List<Received> received = new ArrayList<>();
    private volatile Answer answer = new Answer(204, Map.of(), new byte[0], Duration.ZERO);

    private TestReceiver(HttpServer server) {
        this.server = server;
        server.setExecutor(handlers);
        server.createContext("/", this::handle);
        server.start();
    }

    static TestReceiver on(InetAddress loopback) throws IOException {
        return new TestReceiver(HttpServer.create(new InetSocketAddress(loopback, 0), 0));
    }

    /** A server configured by the caller, e.g. an {@code HttpsServer}, not yet started. */
    static TestReceiver with(HttpServer server) {
        return new TestReceiver(server);
    }

    void answer(int status, Map<String, String> headers, byte[] body) {
        answer = new Answer(status, headers, body, Duration.ZERO);
    }

    void answer(int status) {
        answer(status, Map.of(), new byte[0]);
    }

    /** Reads the request, then takes {@code delay} before answering 200. */
    void answerAfter(Duration delay) {
        answer = new Answer(200, Map.of(), new byte[0], delay);
    }

    int port() {
        return server.getAddress().getPort();
    }

    synchronized List<Received> received() {
        return List.copyOf(received);
    }

    private void handle(HttpExchange exchange) throws IOException {
        byte[] body;
        try (InputStream in = exchange.getRequestBody()) {
            body = in.readAllBytes();
        }
        synchronized (this) {
            received.add(new Received(exchange.getRequestURI().toString(), exchange.getRequestHeaders(), body));
        }
        Answer now = answer;
        try {
            Thread.sleep(now.delay().toMillis());
        } catch (InterruptedException e) {
            // The test is over: close() interrupts a receiver that is still taking its time.
            Thread.currentThread().interrupt();
            exchange.close();
            return;
        }
        now.headers().forEach(exchange.getResponseHeaders()::add);
        exchange.sendResponseHeaders(now.status(), now.body().length == 0 ? -1 : now.body().length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(now.body());
        }
    }

    @Override
    public void close() {
        server.stop(0);
        handlers.shutdownNow();
    }
}
