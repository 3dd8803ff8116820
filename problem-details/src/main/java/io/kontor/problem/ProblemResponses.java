package io.kontor.problem;

import jakarta.ws.rs.core.Response;

import java.time.Duration;

/** Builds the problem+json responses; the one place that knows the media type and headers. */
final class ProblemResponses {

    private ProblemResponses() {
    }

    static Response of(Problem problem) {
        return builder(problem).build();
    }

    /** RFC 9110 allows only whole seconds in Retry-After; a fraction is rounded up, so a retry is never early. */
    static Response retryLater(Problem problem, Duration retryAfter) {
        long seconds = Math.max(1, (retryAfter.toMillis() + 999) / 1000);
        return builder(problem).header("Retry-After", seconds).build();
    }

    private static Response.ResponseBuilder builder(Problem problem) {
        Response.ResponseBuilder response = Response.status(problem.status())
                .type(Problem.MEDIA_TYPE)
                .entity(problem);
        if (problem.status() == 401) {
            response.header("WWW-Authenticate", "Bearer");
        }
        return response;
    }
}
