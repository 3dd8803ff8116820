package io.kontor.bench;

import org.HdrHistogram.Histogram;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * A closed loop: {@code concurrency} threads (a fixed pool; Java 17 has no virtual threads) each run the operation
 * back to back, for a warm-up that is not counted and then a measured period. Only operations that start and end
 * inside the measured period count, so the warm-up's and the stop's stragglers do not blur the rate.
 */
final class LoadRun {

    /** One operation; answers null when it succeeded, else a short reason ("HTTP 429") counted among the errors. */
    @FunctionalInterface
    interface Operation {
        String run(int worker) throws Exception;
    }

    /** Latencies in microseconds, up to a minute, to three significant digits. */
    record Result(int concurrency, long succeeded, Map<String, Long> errors, Duration measured, Histogram latencies) {

        double perSecond() {
            return succeeded / (measured.toNanos() / 1e9);
        }

        long errorCount() {
            return errors.values().stream().mapToLong(Long::longValue).sum();
        }

        double percentileMillis(double percentile) {
            return latencies.getTotalCount() == 0 ? Double.NaN : latencies.getValueAtPercentile(percentile) / 1000.0;
        }
    }

    private LoadRun() {
    }

    static Result measure(int concurrency, Duration warmup, Duration duration, Operation operation)
            throws InterruptedException {
        long measureFrom = System.nanoTime() + warmup.toNanos();
        long measureUntil = measureFrom + duration.toNanos();
        ExecutorService pool = Executors.newFixedThreadPool(concurrency);
        try {
            List<Future<Worker>> futures = new ArrayList<>();
            for (int i = 0; i < concurrency; i++) {
                Worker worker = new Worker(i, operation, measureFrom, measureUntil);
                futures.add(pool.submit(worker::loop, worker));
            }
            Histogram latencies = newHistogram();
            long succeeded = 0;
            Map<String, Long> errors = new TreeMap<>();
            for (Future<Worker> future : futures) {
                Worker worker = future.get();
                latencies.add(worker.latencies);
                succeeded += worker.succeeded;
                worker.errors.forEach((reason, count) -> errors.merge(reason, count, Long::sum));
            }
            return new Result(concurrency, succeeded, errors, duration, latencies);
        } catch (ExecutionException e) {
            throw new IllegalStateException("a load thread failed", e.getCause());
        } finally {
            pool.shutdownNow();
            pool.awaitTermination(1, TimeUnit.MINUTES);
        }
    }

    private static Histogram newHistogram() {
        return new Histogram(TimeUnit.MINUTES.toMicros(1), 3);
    }

    private static final class Worker {
        private final int index;
        private final Operation operation;
        private final long measureFrom;
        private final long measureUntil;
        private final Histogram latencies = newHistogram();
        private final Map<String, Long> errors = new TreeMap<>();
        private long succeeded;

        Worker(int index, Operation operation, long measureFrom, long measureUntil) {
            this.index = index;
            this.operation = operation;
            this.measureFrom = measureFrom;
            this.measureUntil = measureUntil;
        }

        void loop() {
            long start;
            while ((start = System.nanoTime()) < measureUntil && !Thread.currentThread().isInterrupted()) {
                String failure;
                try {
                    failure = operation.run(index);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                } catch (Exception e) {
                    failure = e.getClass().getSimpleName();
                }
                long end = System.nanoTime();
                if (start < measureFrom || end > measureUntil) {
                    continue;
                }
                if (failure == null) {
                    succeeded++;
                    latencies.recordValue(Math.min(TimeUnit.NANOSECONDS.toMicros(end - start),
                            latencies.getHighestTrackableValue()));
                } else {
                    errors.merge(failure, 1L, Long::sum);
                }
            }
        }
    }
}
