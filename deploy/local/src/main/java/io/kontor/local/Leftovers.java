package io.kontor.local;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Stops what an earlier run left running: a launcher killed with SIGKILL (or a closed laptop lid at the
 * wrong moment) cannot stop its children, and they would hold the ports and the PostgreSQL data
 * directory. A process counts as ours only if its pid file says so and its command line carries this
 * stack's marker (or, for PostgreSQL, it is the postmaster of our data directory).
 */
final class Leftovers {

    private static final String BROKER = LocalKafka.NAME;

    private final StackLayout layout;

    Leftovers(StackLayout layout) {
        this.layout = layout;
    }

    void stopAll() {
        // Services first, broker next, database last: the same order as a normal stop.
        Map<Boolean, List<Path>> byBroker = childPidFiles().stream()
                .collect(Collectors.partitioningBy(file -> file.getFileName().toString().equals(BROKER + ".pid")));
        stop(byBroker.get(false));
        stop(byBroker.get(true));
        stopPostmaster();
    }

    /** Signals all of them, then waits: services stop in parallel, as they do in a normal stop. */
    private void stop(List<Path> pidFiles) {
        List<ProcessHandle> signalled = new ArrayList<>();
        for (Path pidFile : pidFiles) {
            String name = pidFile.getFileName().toString().replaceFirst("\\.pid$", "");
            readPid(pidFile)
                    .flatMap(ProcessHandle::of)
                    .filter(ProcessHandle::isAlive)
                    // The whole command line: the JDK leaves arguments() empty when the command line is long.
                    .filter(handle -> handle.info().commandLine().orElse("").contains(Jvm.marker(layout) + " "))
                    .ifPresent(handle -> signalled.add(signal(handle, name)));
            delete(pidFile);
        }
        signalled.forEach(Leftovers::awaitExit);
    }

    private List<Path> childPidFiles() {
        if (!Files.isDirectory(layout.runDir())) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(layout.runDir())) {
            return files.filter(file -> file.getFileName().toString().endsWith(".pid")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void stopPostmaster() {
        Path pidFile = layout.postgresData().resolve("postmaster.pid");
        readPid(pidFile)
                .flatMap(ProcessHandle::of)
                .filter(ProcessHandle::isAlive)
                .filter(handle -> handle.info().command().orElse("").endsWith("postgres"))
                // SIGTERM is PostgreSQL's "smart" shutdown; its clients were stopped just before.
                .ifPresent(handle -> awaitExit(signal(handle, "PostgreSQL")));
    }

    private static ProcessHandle signal(ProcessHandle handle, String name) {
        System.out.printf("  stopping %s (pid %d), left running by an earlier run%n", name, handle.pid());
        handle.destroy();
        return handle;
    }

    private static void awaitExit(ProcessHandle handle) {
        try {
            handle.onExit().get(30, TimeUnit.SECONDS);
        } catch (ExecutionException | TimeoutException e) {
            handle.destroyForcibly();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            handle.destroyForcibly();
        }
    }

    private static Optional<Long> readPid(Path pidFile) {
        try {
            if (!Files.isRegularFile(pidFile)) {
                return Optional.empty();
            }
            return Files.readAllLines(pidFile, StandardCharsets.US_ASCII).stream()
                    .findFirst()
                    .map(String::trim)
                    .filter(line -> line.matches("\\d+"))
                    .map(Long::valueOf);
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private static void delete(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
