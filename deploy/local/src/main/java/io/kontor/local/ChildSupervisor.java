package io.kontor.local;

import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

/**
 * Starts again a child that died after start-up, as Kubernetes restarts a pod's container: a service killed by the
 * kernel's OOM killer, or a broker killed by a fault drill ({@code deploy/bench/run drills}), comes back without
 * anyone restarting the stack. A child that keeps dying soon after it started waits longer each time (1 s doubling
 * to 30 s), so a broken configuration does not spin the machine's cores.
 */
final class ChildSupervisor implements AutoCloseable {

    static final Duration FIRST_DELAY = Duration.ofSeconds(1);
    static final Duration LONGEST_DELAY = Duration.ofSeconds(30);
    /** A child that ran this long counts as having started well: its next restart is quick again. */
    static final Duration HEALTHY_RUN = Duration.ofSeconds(60);

    /** Starts the child again (under the stack's start lock, recording it) and answers it. */
    @FunctionalInterface
    interface Restarter {
        ChildProcess restart() throws IOException, InterruptedException, StartupFailure;
    }

    private final BooleanSupplier stopping;
    private final Consumer<String> report;
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "kontor-local-supervisor");
        thread.setDaemon(true);
        return thread;
    });

    ChildSupervisor(BooleanSupplier stopping, Consumer<String> report) {
        this.stopping = stopping;
        this.report = report;
    }

    void watch(ChildProcess child, Restarter restarter) {
        watch(child, restarter, FIRST_DELAY);
    }

    private void watch(ChildProcess child, Restarter restarter, Duration delay) {
        long startedAt = System.nanoTime();
        child.process().onExit().thenRun(() -> {
            if (stopping.getAsBoolean()) {
                return;
            }
            boolean ranWell = System.nanoTime() - startedAt >= HEALTHY_RUN.toNanos();
            Duration wait = ranWell ? FIRST_DELAY : delay;
            report.accept(String.format("%s exited with code %d; starting it again in %d s (its log: %s)",
                    child.name(), child.exitValue(), wait.toSeconds(), child.logFile()));
            timer.schedule(() -> restart(child, restarter, next(wait)), wait.toMillis(), TimeUnit.MILLISECONDS);
        });
    }

    private void restart(ChildProcess dead, Restarter restarter, Duration nextDelay) {
        if (stopping.getAsBoolean()) {
            return;
        }
        try {
            watch(restarter.restart(), restarter, nextDelay);
            report.accept(dead.name() + " started again");
        } catch (InterruptedException e) {
            // The stack is stopping: nothing to restart.
        } catch (IOException | StartupFailure | RuntimeException e) {
            report.accept(dead.name() + " could not be started again: " + e.getMessage()
                    + "; stop the stack (Ctrl-C) and see its log");
        }
    }

    static Duration next(Duration delay) {
        Duration doubled = delay.multipliedBy(2);
        return doubled.compareTo(LONGEST_DELAY) > 0 ? LONGEST_DELAY : doubled;
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }
}
