package io.kontor.problem;

import jakarta.ws.rs.core.Response;

/** Builds the problem+json responses; the one place that knows the media type and headers. */
final class ProblemResponses {

    private ProblemResponses() {
    }

    static Response of(Problem problem) {
        Response.ResponseBuilder response = Response.status(problem.status())
                .type(Problem.MEDIA_TYPE)
                .entity(problem);
        if (problem.status() == 401) {
            response.header("WWW-Authenticate", "Bearer");
        }
        return response.build();
    }
}
