package io.kontor.tracing;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Scope;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.opentelemetry.sdk.trace.export.SimpleSpanProcessor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TraceParentsTest {

    private final InMemorySpanExporter exported = InMemorySpanExporter.create();
    private final SdkTracerProvider provider = SdkTracerProvider.builder()
            .addSpanProcessor(SimpleSpanProcessor.create(exported)).build();
    private final Tracer tracer = provider.get("test");

    @AfterEach
    void close() {
        provider.close();
    }

    @Test
    void theCurrentSpanIsWrittenAsAW3cTraceparent() {
        Span request = tracer.spanBuilder("request").startSpan();
        try (Scope ignored = request.makeCurrent()) {
            SpanContext context = request.getSpanContext();
            assertThat(TraceParents.current())
                    .isEqualTo("00-" + context.getTraceId() + "-" + context.getSpanId() + "-01");
        } finally {
            request.end();
        }
    }

    @Test
    void withoutASpanThereIsNothingToWriteDown() {
        assertThat(TraceParents.current()).isNull();
    }

    @Test
    void aSpanStartedFromAStoredTraceparentContinuesThatTraceAsAChildOfItsSpan() {
        String stored = "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01";
        Span other = tracer.spanBuilder("unrelated work on this thread").startSpan();
        try (Scope ignored = other.makeCurrent()) {
            TraceParents.startSpan(tracer.spanBuilder("attempt"), stored).end();
        } finally {
            other.end();
        }

        SpanData attempt = exported.getFinishedSpanItems().stream()
                .filter(span -> span.getName().equals("attempt")).findFirst().orElseThrow();
        assertThat(attempt.getTraceId()).isEqualTo("4bf92f3577b34da6a3ce929d0e0e4736");
        assertThat(attempt.getParentSpanId()).isEqualTo("00f067aa0ba902b7");
        assertThat(attempt.getParentSpanContext().isRemote()).isTrue();
    }

    @Test
    void withoutAStoredTraceparentTheSpanStartsANewTraceNotAChildOfTheCurrentSpan() {
        Span other = tracer.spanBuilder("unrelated work on this thread").startSpan();
        try (Scope ignored = other.makeCurrent()) {
            TraceParents.startSpan(tracer.spanBuilder("attempt"), null).end();
            TraceParents.startSpan(tracer.spanBuilder("garbled"), "not-a-traceparent").end();
        } finally {
            other.end();
        }

        assertThat(exported.getFinishedSpanItems())
                .filteredOn(span -> !span.getName().startsWith("unrelated"))
                .hasSize(2)
                .allSatisfy(span -> {
                    assertThat(span.getParentSpanContext().isValid()).isFalse();
                    assertThat(span.getTraceId()).isNotEqualTo(other.getSpanContext().getTraceId());
                });
    }
}
