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
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The faults the drills inject into the local stack, on this machine only, through the files deploy/local/up keeps in
 * {@code deploy/local/.data}: a child's pid in {@code run/<name>.pid}, PostgreSQL's own {@code postmaster.pid} and
 * {@code postmaster.opts}. deploy/local/up starts a dead service or broker again by itself (as Kubernetes would);
 * PostgreSQL is not its child, so the drill restarts it here.
 */
final class StackFaults {

    private static final Duration COMES_BACK_WITHIN = Duration.ofMinutes(3);
    private static final Pattern QUOTED = Pattern.compile("\"([^\"]*)\"");

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

    /**
     * A fast shutdown (SIGINT to the postmaster: open transactions are rolled back, clients disconnected, a checkpoint
     * written), {@code down} without a database, then the server started again with the command line it had, the way
     * zonky (deploy/local/up's PostgreSQL) started it.
     */
    void restartPostgres(Duration down) throws IOException, InterruptedException {
        Path data = dataDir.resolve("postgres");
        long pid = Long.parseLong(Files.readAllLines(data.resolve("postmaster.pid")).get(0).trim());
        ProcessHandle postmaster = process(pid, "PostgreSQL");
        List<String> commandLine = postmasterCommandLine(data);
        signal("INT", pid);
        try {
            postmaster.onExit().get(90, TimeUnit.SECONDS);
        } catch (ExecutionException | TimeoutException e) {
            throw new IOException("PostgreSQL (pid " + pid + ") did not shut down within 90 s", e);
        }
        Thread.sleep(down.toMillis());
        Path log = dataDir.resolve("logs/postgres.log");
        List<String> command = new ArrayList<>(List.of("setsid"));
        if ("root".equals(System.getProperty("user.name"))) {
            // PostgreSQL refuses to run as root; zonky, which started it, runs it in a user namespace where it is not.
            command.addAll(List.of("unshare", "-U"));
        }
        command.addAll(commandLine);
        new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
        long deadline = System.nanoTime() + COMES_BACK_WITHIN.toNanos();
        while (!accepts(StackAddresses.LOCAL.postgres())) {
            failAfter(deadline, "PostgreSQL did not take connections again (see " + log + ")");
            Thread.sleep(250);
        }
    }

    /** {@code postmaster.opts} is the server's own command line, every word double-quoted after the binary. */
    static List<String> postmasterCommandLine(Path data) throws IOException {
        String line = Files.readString(data.resolve("postmaster.opts"), StandardCharsets.UTF_8).strip();
        List<String> words = new ArrayList<>(List.of(line.substring(0, line.indexOf(' '))));
        Matcher quoted = QUOTED.matcher(line);
        while (quoted.find()) {
            words.add(quoted.group(1));
        }
        return List.copyOf(words);
    }

    private static void signal(String signal, long pid) throws IOException, InterruptedException {
        Process kill = new ProcessBuilder("kill", "-" + signal, Long.toString(pid)).redirectErrorStream(true).start();
        if (kill.waitFor() != 0) {
            throw new IOException("kill -" + signal + " " + pid + " failed: "
                    + new String(kill.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip());
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
