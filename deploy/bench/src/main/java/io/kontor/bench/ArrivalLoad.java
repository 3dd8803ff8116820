package io.kontor.bench;

import org.HdrHistogram.Histogram;
import org.HdrHistogram.Recorder;

import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;

/**
 * An open loop: requests start at a fixed rate whatever the answers take, as documents arrive from many clients that
 * do not wait for each other. A slow service then shows as latency and a growing backlog, not as a lower rate. Runs
 * until stopped, so a fault drill can act while it runs.
 */
final class ArrivalLoad implements AutoCloseable {

    /** One request; answers null when it succeeded, else a short reason ("HTTP 503"). */
    @FunctionalInterface
    interface Request {
        String send() throws Exception;
    }

    record Result(long sent, long succeeded, Map<String, Long> errors, Histogram latencies, Duration ran) {

        long errorCount() {
            return errors.values().stream().mapToLong(Long::longValue).sum();
        }
    }

    /** Requests in flight at once; beyond it they wait for a thread, and that wait counts in their latency. */
    private static final int MAX_IN_FLIGHT = 128;

    private final double perSecond;
    private final Request request;
    /** Daemon threads: a bench that fails half-way must still end. */
    private final ExecutorService senders = Executors.newFixedThreadPool(MAX_IN_FLIGHT, runnable -> {
        Thread thread = new Thread(runnable, "kontor-bench-upload");
        thread.setDaemon(true);
        return thread;
    });
    private final Thread pacer;
    private final Recorder latencies = new Recorder(TimeUnit.MINUTES.toMicros(2), 3);
    private final Map<String, Long> errors = new TreeMap<>();
    private final AtomicLong sent = new AtomicLong();
    private final AtomicLong succeeded = new AtomicLong();
    private final AtomicLong finished = new AtomicLong();
    private final long startedAt = System.nanoTime();
    private volatile boolean stopping;

    private ArrivalLoad(double perSecond, Request request) {
        this.perSecond = perSecond;
        this.request = request;
        this.pacer = new Thread(this::pace, "kontor-bench-arrivals");
        this.pacer.setDaemon(true);
    }

    static ArrivalLoad start(double perSecond, Request request) {
        ArrivalLoad load = new ArrivalLoad(perSecond, request);
        load.pacer.start();
        return load;
    }

    private void pace() {
        long interval = (long) (1e9 / perSecond);
        for (long n = 0; !stopping; n++) {
            long due = startedAt + n * interval;
            long wait = due - System.nanoTime();
            if (wait > 0) {
                LockSupport.parkNanos(wait);
            }
            if (stopping) {
                return;
            }
            sent.incrementAndGet();
            senders.execute(() -> send(due));
        }
    }

    /** Latency runs from when the request was due, so time spent waiting for a free thread is not hidden. */
    private void send(long due) {
        try {
            attempt(due);
        } finally {
            finished.incrementAndGet();
        }
    }

    private void attempt(long due) {
        String failure;
        try {
            failure = request.send();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        } catch (Exception e) {
            failure = e.getClass().getSimpleName();
        }
        if (failure == null) {
            succeeded.incrementAndGet();
            latencies.recordValue(Math.min(TimeUnit.NANOSECONDS.toMicros(System.nanoTime() - due),
                    TimeUnit.MINUTES.toMicros(2)));
        } else {
            synchronized (errors) {
                errors.merge(failure, 1L, Long::sum);
            }
        }
    }

    /**
     * Requests due but not answered yet, waiting for a thread or in flight: the load's own backlog. When the service
     * cannot keep up with the rate, this is where the arrivals pile up.
     */
    long unanswered() {
        return sent.get() - finished.get();
    }

    /** Stops starting requests, waits for those in flight, and answers what happened. */
    Result stop() throws InterruptedException {
        stopping = true;
        pacer.join();
        Duration ran = Duration.ofNanos(System.nanoTime() - startedAt);
        senders.shutdown();
        if (!senders.awaitTermination(2, TimeUnit.MINUTES)) {
            senders.shutdownNow();
        }
        synchronized (errors) {
            return new Result(sent.get(), succeeded.get(), Map.copyOf(errors), latencies.getIntervalHistogram(), ran);
        }
    }

    /** Stops the load if {@link #stop} did not, e.g. when a drill failed while it ran. */
    @Override
    public void close() {
        stopping = true;
        senders.shutdownNow();
    }
}
