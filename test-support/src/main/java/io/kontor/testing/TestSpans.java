package io.kontor.testing;

import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.data.SpanData;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import java.time.Duration;
import java.util.List;
import java.util.function.Predicate;

/**
 * The spans a service under test finished, kept in memory. Quarkus exports spans to every {@code SpanExporter} bean
 * (and then leaves out its OTLP exporter), so producing one is the way the Quarkus OpenTelemetry guide suggests to
 * test tracing. A module opts in by indexing this jar in its test profile:
 * {@code %test.quarkus.index-dependency.test-support.group-id=io.kontor} and
 * {@code %test.quarkus.index-dependency.test-support.artifact-id=kontor-test-support}; modules that do not, export
 * nothing.
 */
@Dependent
public class TestSpans {

    @Produces
    @Singleton
    InMemorySpanExporter spanExporter() {
        return InMemorySpanExporter.create();
    }

    /**
     * Waits for the span processor's batch (see {@code quarkus.otel.bsp.schedule.delay} in this jar's test
     * configuration) to export a span that matches.
     */
    public static SpanData awaitSpan(InMemorySpanExporter exporter, Predicate<SpanData> matching, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            List<SpanData> found = exporter.getFinishedSpanItems().stream().filter(matching).toList();
            if (!found.isEmpty()) {
                return found.get(0);
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new AssertionError("no matching span within " + timeout + "; finished: "
                + exporter.getFinishedSpanItems().stream().map(span -> span.getName() + "/" + span.getTraceId())
                .toList());
    }
}
