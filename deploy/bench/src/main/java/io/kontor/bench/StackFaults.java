package io.kontor.bench;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The faults the drills inject into the local stack, on this machine only, through the files deploy/local/up keeps in
 * {@code deploy/local/.data}: a child's pid in {@code run/<name>.pid}, PostgreSQL's own {@code postmaster.pid} and
 * {@code postmaster.opts}. deploy/local/up starts a dead service or broker again by itself (as Kubernetes would);
 * PostgreSQL is not its child, so a restart is stopped and started here with its own {@code pg_ctl}.
 */
final class StackFaults {

    private static final Duration COMES_BACK_WITHIN = Duration.ofMinutes(3);

    private final Path dataDir;
    private final HttpClient http;

    StackFaults(Path repoRoot, HttpClient http) {
        this.dataDir = repoRoot.resolve("deploy/local/.data");
        this.http = http;
    }

    /** {@code kill -9} of the sync-worker; answers once deploy/local/up has started a new one and it is ready. */
    void killSyncWorker() throws IOException, InterruptedException {
        long pid = pid("sync-worker");
        process(pid, "sync-worker").destroyForcibly();
        awaitNewPid("sync-worker", pid);
        awaitReady(StackAddresses.LOCAL.syncWorkerUrl());
    }

    /** SIGTERM to the broker, which shuts down cleanly; answers once the restarted one takes connections again. */
    void restartKafka() throws IOException, InterruptedException {
        long pid = pid("kafka");
        process(pid, "kafka").destroy();
        awaitNewPid("kafka", pid);
        long deadline = System.nanoTime() + COMES_BACK_WITHIN.toNanos();
        while (!accepts(StackAddresses.LOCAL.kafka())) {
            failAfter(deadline, "Kafka did not take connections again");
            Thread.sleep(500);
        }
    }

    /** {@code pg_ctl stop -m fast}, {@code down} without a database, then started with the options it had. */
    void restartPostgres(Duration down) throws IOException, InterruptedException {
        Path data = dataDir.resolve("postgres");
        long pid = Long.parseLong(Files.readAllLines(data.resolve("postmaster.pid")).get(0).trim());
        Path pgCtl = Path.of(Files.readSymbolicLink(Path.of("/proc", Long.toString(pid), "exe")).getParent()
                .resolve("pg_ctl").toString());
        // postmaster.opts is the server's own command line: the binary, then its options, each double-quoted.
        String options = Files.readString(data.resolve("postmaster.opts"), StandardCharsets.UTF_8).strip();
        options = options.substring(options.indexOf(' ') + 1);
        Path log = dataDir.resolve("logs/postgres.log");
        pgCtl(List.of(pgCtl.toString(), "-D", data.toString(), "-m", "fast", "-w", "stop"), log);
        Thread.sleep(down.toMillis());
        pgCtl(List.of(pgCtl.toString(), "-D", data.toString(), "-w", "-t", "60", "-l", log.toString(),
                "-o", options, "start"), log);
    }

    private static void pgCtl(List<String> command, Path log) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(new ArrayList<>(command))
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                .start();
        if (!process.waitFor(90, TimeUnit.SECONDS) || process.exitValue() != 0) {
            throw new IOException(String.join(" ", command) + " failed; see " + log);
        }
    }

    private long pid(String name) throws IOException {
        Path file = dataDir.resolve("run/" + name + ".pid");
        try {
            return Long.parseLong(Files.readString(file).trim());
        } catch (IOException | NumberFormatException e) {
            throw new IOException("no pid in " + file + ": is the local stack running from this clone?", e);
        }
    }

    private static ProcessHandle process(long pid, String name) throws IOException {
        return ProcessHandle.of(pid).orElseThrow(() -> new IOException(name + " (pid " + pid + ") is not running"));
    }

    private void awaitNewPid(String name, long old) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + COMES_BACK_WITHIN.toNanos();
        while (true) {
            try {
                long pid = pid(name);
                if (pid != old && ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)) {
                    return;
                }
            } catch (IOException e) {
                // Between the old pid file's removal and the new one's write.
            }
            failAfter(deadline, name + " was not started again by deploy/local/up");
            Thread.sleep(200);
        }
    }

    void awaitReady(String serviceUrl) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + COMES_BACK_WITHIN.toNanos();
        HttpRequest ready = HttpRequest.newBuilder(URI.create(serviceUrl + "/q/health/ready"))
                .timeout(Duration.ofSeconds(5)).build();
        while (true) {
            try {
                if (http.send(ready, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // Not listening yet.
            }
            failAfter(deadline, serviceUrl + " was not ready again");
            Thread.sleep(250);
        }
    }

    private static boolean accepts(int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("localhost", port), 1000);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static void failAfter(long deadline, String what) throws IOException {
        if (System.nanoTime() > deadline) {
            throw new IOException(what + " within " + COMES_BACK_WITHIN.toMinutes() + " min");
        }
    }
}
