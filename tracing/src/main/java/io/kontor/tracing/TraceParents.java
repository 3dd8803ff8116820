package io.kontor.tracing;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanBuilder;
import io.opentelemetry.api.trace.propagation.W3CTraceContextPropagator;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.propagation.TextMapGetter;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A trace carried through a table. Kontor's work waits in PostgreSQL between its steps (an outbox row until the
 * relay publishes it, a delivery until a worker attempts it), and the thread that picks it up knows nothing of the
 * request that caused it: the trace context has to be written down with the row and read back from it.
 *
 * <p>Always the W3C {@code traceparent} form, whatever propagators a service configures, because the same string
 * travels on as the Kafka header and the webhook header that the contract (docs/asyncapi.yaml) names.
 */
public final class TraceParents {

    /** The header, column and CloudEvents extension name. */
    public static final String TRACEPARENT = "traceparent";

    private static final W3CTraceContextPropagator W3C = W3CTraceContextPropagator.getInstance();

    private static final TextMapGetter<String> SINGLE_VALUE = new TextMapGetter<>() {
        @Override
        public Iterable<String> keys(String carrier) {
            return List.of(TRACEPARENT);
        }

        @Override
        public String get(String carrier, String key) {
            return TRACEPARENT.equals(key) ? carrier : null;
        }
    };

    private TraceParents() {
    }

    /** The span current on this thread as a {@code traceparent}, or {@code null} when no span is being recorded. */
    public static String current() {
        Map<String, String> carrier = new HashMap<>(2);
        W3C.inject(Context.current(), carrier, Map::put);
        return carrier.get(TRACEPARENT);
    }

    /**
     * Starts a span whose parent is the stored context; a missing or unreadable one starts a new trace, never a
     * child of whatever happens to be current on the thread that picked the work up.
     */
    public static Span startSpan(SpanBuilder span, String traceparent) {
        return span.setParent(parentOf(traceparent)).startSpan();
    }

    /** The context a stored {@code traceparent} names, as a remote parent; the root context without one. */
    public static Context parentOf(String traceparent) {
        if (traceparent == null || traceparent.isBlank()) {
            return Context.root();
        }
        return W3C.extract(Context.root(), traceparent, SINGLE_VALUE);
    }
}
