package io.kontor.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The local stack under measurement: {@code deploy/local/up --fresh} started as a child process, or one that is
 * already running. Only a stack this bench started is stopped by it.
 */
final class LocalStackProcess implements AutoCloseable {

    /**
     * The services get C2 (deploy/local/up gives them C1 only, for a fast start), and uploads are not rate-limited:
     * the limit is a per-firm policy (5/s after a burst of 100), and measuring it would measure the policy, not the
     * service.
     */
    static final Map<String, String> ENVIRONMENT = Map.of(
            "KONTOR_LOCAL_SERVICE_JAVA_OPTS", "-XX:TieredStopAtLevel=4",
            "KONTOR_DOCUMENTS_UPLOAD_RATE_LIMIT_ENABLED", "false");

    /** A first run in a fresh clone builds the services before starting them. */
    private static final Duration START_TIMEOUT = Duration.ofMinutes(15);

    private final Process process;
    private final Path log;
    /** Stops the stack when the bench is stopped early (Ctrl-C, SIGTERM), so no stack outlives its bench. */
    private final Thread stopOnExit;

    private LocalStackProcess(Process process, Path log) {
        this.process = process;
        this.log = log;
        this.stopOnExit = new Thread(this::stop, "kontor-bench-stop-stack");
    }

    /**
     * The stack to measure: the running one with {@code --reuse-stack}, else a fresh one started with
     * {@code settings} for the services on top of {@link #ENVIRONMENT} (e.g. the drills' shorter timeouts).
     */
    static LocalStackProcess open(Path repoRoot, boolean reuse, HttpClient http, Map<String, String> settings)
            throws IOException, InterruptedException {
        if (reuse) {
            Progress.say("Reusing the running local stack");
            return reuse(http);
        }
        Path log = repoRoot.resolve("deploy/bench/target/local-stack.log");
        Progress.say("Starting deploy/local/up --fresh (output in " + repoRoot.relativize(log) + ")");
        return start(repoRoot, log, http, settings);
    }

    /** How {@link #open} got the stack (without extra settings), for a report's setup notes. */
    static String setupNote(boolean reuse) {
        return reuse
                ? "Stack: the local stack that was already running (--reuse-stack), as it was started."
                : "Stack: `deploy/local/up --fresh`, started by the bench, services with the full JIT"
                + " (`KONTOR_LOCAL_SERVICE_JAVA_OPTS=-XX:TieredStopAtLevel=4`) and the per-firm upload rate limit"
                + " off (`KONTOR_DOCUMENTS_UPLOAD_RATE_LIMIT_ENABLED=false`): the limit (5/s after a burst of 100)"
                + " is a policy, and with it on this would measure the policy, not the service.";
    }

    private static LocalStackProcess start(Path repoRoot, Path log, HttpClient http, Map<String, String> settings)
            throws IOException, InterruptedException {
        Files.createDirectories(log.getParent());
        ProcessBuilder builder = new ProcessBuilder(repoRoot.resolve("deploy/local/up").toString(), "--fresh")
                .directory(repoRoot.toFile())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        builder.environment().putAll(ENVIRONMENT);
        builder.environment().putAll(settings);
        LocalStackProcess stack = new LocalStackProcess(builder.start(), log);
        Runtime.getRuntime().addShutdownHook(stack.stopOnExit);
        try {
            stack.awaitReady(http);
        } catch (IOException | InterruptedException | RuntimeException e) {
            stack.close();
            throw e;
        }
        return stack;
    }

    private static LocalStackProcess reuse(HttpClient http) throws IOException, InterruptedException {
        for (String url : StackAddresses.LOCAL.serviceUrls()) {
            if (!ready(http, url)) {
                throw new IOException(url + " is not ready; start the stack (deploy/local/up) or drop --reuse-stack");
            }
        }
        return new LocalStackProcess(null, null);
    }

    boolean startedHere() {
        return process != null;
    }

    private void awaitReady(HttpClient http) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        for (String url : StackAddresses.LOCAL.serviceUrls()) {
            while (!ready(http, url)) {
                if (!process.isAlive()) {
                    throw new IOException("deploy/local/up exited with code " + process.exitValue() + "; see " + log);
                }
                if (System.nanoTime() > deadline) {
                    throw new IOException("the local stack was not ready after " + START_TIMEOUT.toMinutes()
                            + " min; see " + log);
                }
                Thread.sleep(1000);
            }
        }
    }

    private static boolean ready(HttpClient http, String url) throws InterruptedException {
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create(url + "/q/health/ready"))
                    .timeout(Duration.ofSeconds(5)).build();
            return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException e) {
            return false;
        }
    }

    @Override
    public void close() {
        if (process == null) {
            return;
        }
        stop();
        Runtime.getRuntime().removeShutdownHook(stopOnExit);
    }

    /** SIGTERM: deploy/local/up execs its launcher, whose shutdown hook stops the services, Kafka and PostgreSQL. */
    private void stop() {
        process.destroy();
        try {
            if (!process.waitFor(2, TimeUnit.MINUTES)) {
                System.err.println("deploy/local/up did not stop within 2 min (pid " + process.pid() + "); see " + log);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
