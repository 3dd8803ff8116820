package io.kontor.documents.api;

import io.kontor.documents.service.ClientImportRejected;
import io.kontor.problem.Problem;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Gives a refused import its {@code rows}. The shared mapper of {@code ProblemException} knows only the members
 * every problem has; this more specific one takes precedence for {@link ClientImportRejected}.
 */
public class ClientImportProblems {

    @ServerExceptionMapper
    public Response rejected(ClientImportRejected e, UriInfo uri) {
        return Response.status(e.status())
                .type(Problem.MEDIA_TYPE)
                .entity(ClientImportProblem.of(e.toProblem(uri.getPath()), e.rows()))
                .build();
    }
}
