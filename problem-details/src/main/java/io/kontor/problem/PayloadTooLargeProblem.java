package io.kontor.problem;

import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.json.Json;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.List;
import java.util.Optional;

/**
 * The HTTP layer refuses an oversized body before any resource or exception mapper runs, with an empty 413.
 * This route runs first and gives that refusal the problem+json shape of every other error; the failure
 * handler covers bodies without a Content-Length that turn out too large while streaming.
 */
@ApplicationScoped
class PayloadTooLargeProblem {

    private final Optional<MemorySize> maxBodySize;

    PayloadTooLargeProblem(@ConfigProperty(name = "quarkus.http.limits.max-body-size") Optional<MemorySize> maxBodySize) {
        this.maxBodySize = maxBodySize;
    }

    void register(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).handler(this::refuseDeclaredOversize).failureHandler(this::onFailure);
    }

    private void refuseDeclaredOversize(RoutingContext context) {
        String length = context.request().getHeader(HttpHeaders.CONTENT_LENGTH);
        if (maxBodySize.isPresent() && length != null && isLong(length)
                && Long.parseLong(length) > maxBodySize.get().asLongValue()) {
            context.response().putHeader(HttpHeaders.CONNECTION, "close");
            respond(context);
            return;
        }
        context.next();
    }

    private void onFailure(RoutingContext context) {
        if (context.statusCode() == 413 && !context.response().headWritten()) {
            respond(context);
        } else {
            context.next();
        }
    }

    private void respond(RoutingContext context) {
        String limit = maxBodySize.map(size -> " (" + size.asLongValue() / 1024 + " KiB)").orElse("");
        Problem problem = new Problem(Problem.type("payload-too-large"), "Payload too large", 413,
                "The request body is larger than this service accepts" + limit
                        + "; send a smaller file or split the request.",
                context.normalizedPath(), List.of());
        context.response()
                .setStatusCode(413)
                .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                .end(Json.encode(problem));
    }

    private static boolean isLong(String value) {
        return value.chars().allMatch(Character::isDigit) && value.length() < 19 && !value.isEmpty();
    }
}
