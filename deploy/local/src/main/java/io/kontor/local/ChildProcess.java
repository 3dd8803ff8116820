package io.kontor.local;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A process the stack started (the Kafka broker, a service), with its output in a log file and its pid
 * in a pid file, so that the next run can clean up after a launcher that was killed outright.
 *
 * <p>Children run in their own session ({@code setsid}): Ctrl-C in the terminal then reaches only the
 * launcher, which stops services before Kafka and Kafka before PostgreSQL. Sharing the terminal's
 * process group would deliver SIGINT to all of them at once, and services would log a storm of
 * connection errors while their broker and database vanish under them.
 */
final class ChildProcess {

    private static final Path SETSID = findSetsid();

    private final String name;
    private final Process process;
    private final Path logFile;
    private final Path pidFile;

    private ChildProcess(String name, Process process, Path logFile, Path pidFile) {
        this.name = name;
        this.process = process;
        this.logFile = logFile;
        this.pidFile = pidFile;
    }

    static ChildProcess start(String name, List<String> command, Map<String, String> env, Path logFile,
                              Path pidFile) throws IOException {
        Files.createDirectories(logFile.getParent());
        Files.createDirectories(pidFile.getParent());
        appendHeader(logFile, command);
        List<String> fullCommand = new ArrayList<>();
        if (SETSID != null) {
            fullCommand.add(SETSID.toString());
        }
        fullCommand.addAll(command);
        ProcessBuilder builder = new ProcessBuilder(fullCommand)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(logFile.toFile()))
                .redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile()));
        builder.environment().putAll(env);
        Process process = builder.start();
        Files.writeString(pidFile, Long.toString(process.pid()), StandardCharsets.US_ASCII);
        return new ChildProcess(name, process, logFile, pidFile);
    }

    /** Runs a short-lived command to completion, its output appended to {@code logFile}; returns the exit code. */
    static int run(List<String> command, Path logFile, Duration timeout) throws IOException, InterruptedException {
        Files.createDirectories(logFile.getParent());
        appendHeader(logFile, command);
        Process process = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(logFile.toFile()))
                .redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile()))
                .start();
        if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            process.destroyForcibly().waitFor();
            throw new IOException(String.join(" ", command) + " did not finish within " + timeout.toSeconds() + " s");
        }
        return process.exitValue();
    }

    /** Marks where each process's output begins: a log can hold a format run and a broker run, say. */
    private static void appendHeader(Path logFile, List<String> command) throws IOException {
        Files.writeString(logFile, "### " + Instant.now() + " " + String.join(" ", command) + System.lineSeparator(),
                StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    }

    String name() {
        return name;
    }

    Path logFile() {
        return logFile;
    }

    boolean isAlive() {
        return process.isAlive();
    }

    int exitValue() {
        return process.exitValue();
    }

    Process process() {
        return process;
    }

    /**
     * SIGTERM first, so a Quarkus service drains requests and a broker shuts down cleanly; SIGKILL to the
     * process and anything it spawned once {@code grace} has passed.
     */
    void stop(Duration grace) {
        stopAll(List.of(this), grace);
    }

    /** Signals every process at once, then waits for them against one deadline: stopping four takes as long as one. */
    static void stopAll(Collection<ChildProcess> children, Duration grace) {
        children.forEach(child -> child.process.destroy());
        long deadline = System.nanoTime() + grace.toNanos();
        for (ChildProcess child : children) {
            child.awaitExit(deadline, grace);
        }
    }

    private void awaitExit(long deadline, Duration grace) {
        try {
            long remaining = Math.max(0, deadline - System.nanoTime());
            if (!process.waitFor(remaining, TimeUnit.NANOSECONDS)) {
                System.err.printf("  %s did not stop within %d s; killing it%n", name, grace.toSeconds());
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly();
                process.waitFor(5, TimeUnit.SECONDS);
            }
            Files.deleteIfExists(pidFile);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The end of the log, to show next to a failure so nobody has to go looking first. */
    String logTail(int lines) {
        try {
            byte[] bytes = Files.readAllBytes(logFile);
            int from = Math.max(0, bytes.length - 16 * 1024);
            // Lenient decoding: a log cut mid-character must still be shown.
            List<String> all = new String(bytes, from, bytes.length - from, StandardCharsets.UTF_8).lines().toList();
            return String.join(System.lineSeparator(), all.subList(Math.max(0, all.size() - lines), all.size()));
        } catch (IOException e) {
            return "(could not read " + logFile + ": " + e.getMessage() + ")";
        }
    }

    private static Path findSetsid() {
        for (String dir : System.getenv().getOrDefault("PATH", "/usr/bin:/bin").split(":")) {
            Path candidate = Path.of(dir, "setsid");
            if (Files.isExecutable(candidate)) {
                return candidate;
            }
        }
        return null;
    }
}
