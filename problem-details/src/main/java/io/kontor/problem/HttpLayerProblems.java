package io.kontor.problem;

import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.json.Json;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.List;
import java.util.Optional;

/**
 * Refusals of the HTTP layer, which answer before any resource or exception mapper runs and would otherwise be
 * empty: this route runs first and gives them the problem+json shape of every other error.
 * <ul>
 * <li>A body over {@code quarkus.http.limits.max-body-size}: refused at once when its Content-Length says so. A
 * body streamed without one (chunked), other than a form, is read here, up to the limit, before the resource reads it: the REST
 * layer's own check would answer an empty 413 after having started to parse it.</li>
 * </ul>
 * A multipart upload streamed without a Content-Length (as many HTTP client libraries send one) is left to the REST
 * layer, which spools its files to disk as they arrive: over the limit, it answers a bare 413 and closes the
 * connection. Reading such a form here first would hold it in memory, or, with Vert.x' upload handling, hang on a
 * multipart cut off before its closing boundary.
 * What the HTTP codec refuses before routing cannot be reached from here and stays a bare answer: a request line
 * over {@code quarkus.http.limits.max-initial-line-length} (414; this module raises it to 16 KiB) and a target with
 * an invalid percent-escape such as {@code %zz} (400).
 */
@ApplicationScoped
class HttpLayerProblems {

    private final Optional<MemorySize> maxBodySize;
    private final Optional<BodyHandler> streamedBodies;

    HttpLayerProblems(@ConfigProperty(name = "quarkus.http.limits.max-body-size") Optional<MemorySize> maxBodySize) {
        this.maxBodySize = maxBodySize;
        this.streamedBodies = maxBodySize.map(size -> BodyHandler.create(false).setBodyLimit(size.asLongValue()));
    }

    void register(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).handler(this::refuseOversize).failureHandler(this::onFailure);
    }

    private void refuseOversize(RoutingContext context) {
        String length = context.request().getHeader(HttpHeaders.CONTENT_LENGTH);
        if (maxBodySize.isPresent() && length != null && isLong(length)
                && Long.parseLong(length) > maxBodySize.get().asLongValue()) {
            context.response().putHeader(HttpHeaders.CONNECTION, "close");
            payloadTooLarge(context);
        } else if (streamedBodies.isPresent() && length == null
                && context.request().getHeader(HttpHeaders.TRANSFER_ENCODING) != null && !isForm(context)) {
            streamedBodies.get().handle(context);
        } else {
            context.next();
        }
    }

    private void onFailure(RoutingContext context) {
        if (context.response().headWritten()) {
            context.next();
        } else if (context.statusCode() == 413) {
            context.response().putHeader(HttpHeaders.CONNECTION, "close");
            payloadTooLarge(context);
        } else {
            context.next();
        }
    }

    private void payloadTooLarge(RoutingContext context) {
        String limit = maxBodySize.map(size -> " (" + size.asLongValue() / 1024 + " KiB)").orElse("");
        respond(context, new Problem(Problem.type("payload-too-large"), "Payload too large", 413,
                "The request body is larger than this service accepts" + limit
                        + "; send a smaller file or split the request.", context.normalizedPath(), List.of()));
    }

    private static void respond(RoutingContext context, Problem problem) {
        context.response()
                .setStatusCode(problem.status())
                .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                .end(Json.encode(problem));
    }

    private static boolean isForm(RoutingContext context) {
        String type = context.request().getHeader(HttpHeaders.CONTENT_TYPE);
        return type != null && (type.regionMatches(true, 0, "multipart/", 0, 10)
                || type.regionMatches(true, 0, "application/x-www-form-urlencoded", 0, 33));
    }

    private static boolean isLong(String value) {
        return value.chars().allMatch(Character::isDigit) && value.length() < 19 && !value.isEmpty();
    }
}
