package io.kontor.local;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.BooleanSupplier;

/**
 * Polls each service's {@code /q/health/ready} until it answers 200 (status UP, database and Kafka
 * checks included). A service that exits, or is not ready in time, fails the whole start with a message
 * that names it, shows the end of its log and says where the rest is.
 */
final class ReadinessWaiter {

    private static final Duration POLL_INTERVAL = Duration.ofMillis(500);

    private final HttpClient http;
    private final Duration timeout;
    private final BooleanSupplier stopping;

    ReadinessWaiter(HttpClient http, Duration timeout, BooleanSupplier stopping) {
        this.http = http;
        this.timeout = timeout;
        this.stopping = stopping;
    }

    static URI readinessUri(String baseUrl) {
        return URI.create(baseUrl + "/q/health/ready");
    }

    void awaitAll(Map<ChildProcess, URI> targets) throws StartupFailure, InterruptedException {
        long started = System.nanoTime();
        long deadline = started + timeout.toNanos();
        Map<ChildProcess, URI> pending = new LinkedHashMap<>(targets);
        Map<ChildProcess, String> lastAnswer = new HashMap<>();
        while (!pending.isEmpty()) {
            if (stopping.getAsBoolean()) {
                throw new InterruptedException("stopping");
            }
            for (Map.Entry<ChildProcess, URI> target : Map.copyOf(pending).entrySet()) {
                ChildProcess process = target.getKey();
                if (!process.isAlive()) {
                    throw new StartupFailure(process.name() + " exited with code " + process.exitValue()
                            + " while starting. The end of " + process.logFile() + ":" + System.lineSeparator()
                            + process.logTail(25));
                }
                String answer = probe(target.getValue());
                if (answer == null) {
                    pending.remove(process);
                    System.out.printf("  %-22s ready after %4.1f s%n", process.name(),
                            (System.nanoTime() - started) / 1e9);
                } else {
                    lastAnswer.put(process, answer);
                }
            }
            if (pending.isEmpty()) {
                return;
            }
            if (System.nanoTime() > deadline) {
                ChildProcess late = pending.keySet().iterator().next();
                throw new StartupFailure(late.name() + " was not ready after " + timeout.toSeconds() + " s (last answer"
                        + " from " + pending.get(late) + ": " + lastAnswer.getOrDefault(late, "none") + ")."
                        + " The end of " + late.logFile() + ":" + System.lineSeparator() + late.logTail(25));
            }
            Thread.sleep(POLL_INTERVAL.toMillis());
        }
    }

    /** Null when ready, otherwise what the service answered, for the failure message. */
    private String probe(URI uri) throws InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(2)).GET().build();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() == 200) {
                return null;
            }
            return "HTTP " + response.statusCode() + " " + response.body().replaceAll("\\s+", " ");
        } catch (IOException e) {
            return e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
        }
    }
}
