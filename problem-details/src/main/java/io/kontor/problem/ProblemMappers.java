package io.kontor.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.Priorities;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Turns every failure of a request into RFC 9457 problem+json. Shared by all services so that a frontend meets
 * one error shape. Nothing here ever puts a stack trace or an exception message of a library into a response:
 * unexpected failures are logged with a reference the caller can quote.
 */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    @ServerExceptionMapper
    public Response domain(ProblemException e, UriInfo uri) {
        return ProblemResponses.of(e.toProblem(path(uri)));
    }

    /** The most specific mapper wins, so a 429 or 503 always carries its Retry-After. */
    @ServerExceptionMapper
    public Response retryLater(RetryLater e, UriInfo uri) {
        return ProblemResponses.retryLater(e.toProblem(path(uri)), e.retryAfter());
    }

    @ServerExceptionMapper
    public Response validation(ConstraintViolationException e, UriInfo uri) {
        List<Violation> violations = e.getConstraintViolations().stream()
                .map(v -> new Violation(field(v.getPropertyPath()), v.getMessage()))
                .sorted(Comparator.comparing(Violation::field))
                .toList();
        String fields = violations.stream().map(Violation::field).distinct().collect(Collectors.joining(", "));
        return ProblemResponses.of(new Problem(Problem.type("validation-failed"), "Request validation failed", 422,
                "Fix these fields and send the request again: " + fields + ".", path(uri), violations));
    }

    @ServerExceptionMapper
    public Response unreadableJson(JsonProcessingException e, UriInfo uri) {
        String field = e instanceof JsonMappingException mapping ? jsonPath(mapping) : "";
        String detail = e instanceof InvalidFormatException format
                ? "The value " + format.getValue() + " cannot be read as " + format.getTargetType().getSimpleName()
                + (field.isEmpty() ? "." : " at " + field + ".")
                : "The request body is not valid JSON for this operation"
                + (field.isEmpty() ? "." : " (at " + field + ").");
        List<Violation> violations = field.isEmpty() ? List.of() : List.of(new Violation(field, "unreadable value"));
        return ProblemResponses.of(new Problem(Problem.type("malformed-request"), "Malformed request body", 400,
                detail, path(uri), violations));
    }

    /**
     * A checked IOException reaches a mapper only from reading the request (no resource throws one): a multipart
     * body without its closing boundary, a body cut off. Nothing of it reached the service, so nothing changed.
     * JSON that cannot be read has its own, more specific mapper above.
     */
    @ServerExceptionMapper
    public Response unreadableBody(IOException e, UriInfo uri) {
        LOG.debugf("Unreadable request body at %s: %s", path(uri), e.getMessage());
        return ProblemResponses.of(new Problem(Problem.type("malformed-request"), "Malformed request body", 400,
                "The request body cannot be read as its Content-Type says (a multipart body needs its boundary "
                        + "and its closing line); send it again whole.", path(uri), List.of()));
    }

    /** Takes precedence over Quarkus' own mapper, whose body is neither problem+json nor path-aware. */
    @ServerExceptionMapper(priority = Priorities.USER - 100)
    public Response mismatchedJson(MismatchedInputException e, UriInfo uri) {
        return unreadableJson(e, uri);
    }

    @ServerExceptionMapper
    public Response unauthenticated(UnauthorizedException e, UriInfo uri) {
        return unauthorized(uri, "This endpoint needs a bearer token: send 'Authorization: Bearer <JWT>'.");
    }

    @ServerExceptionMapper
    public Response badCredentials(AuthenticationFailedException e, UriInfo uri) {
        return unauthorized(uri, "The bearer token was refused (expired, wrong issuer or bad signature). "
                + "Get a new token from your identity provider.");
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, UriInfo uri) {
        return ProblemResponses.of(new Problem(Problem.type("forbidden"), "Forbidden", 403,
                "Your role does not allow this operation. Ask a partner-admin of your firm.", path(uri), List.of()));
    }

    @ServerExceptionMapper
    public Response http(WebApplicationException e, UriInfo uri) {
        if (e.getCause() instanceof JsonProcessingException json) {
            return unreadableJson(json, uri);
        }
        int status = e.getResponse().getStatus();
        if (status >= 500) {
            return unexpected(e, uri);
        }
        Response.StatusType reason = Response.Status.fromStatusCode(status);
        String title = reason == null ? "Request refused" : reason.getReasonPhrase();
        return ProblemResponses.of(new Problem(Problem.type("http-" + status), title, status, httpDetail(status),
                path(uri), List.of()));
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable e, UriInfo uri) {
        if (DatabaseOutage.causedBy(e)) {
            LOG.warnf("Database unreachable during %s: %s", path(uri), e.getMessage());
            return ProblemResponses.retryLater(new Problem(Problem.type("database-unavailable"),
                    "Database unavailable", 503, "Kontor's database could not be reached while handling this request,"
                            + " so it may not have been completed. Send it again in a few seconds: an upload that was"
                            + " stored after all is then answered 409 duplicate-document, naming it.", path(uri), List.of()),
                    DatabaseOutage.RETRY_AFTER);
        }
        String reference = UUID.randomUUID().toString();
        LOG.errorf(e, "Unexpected failure of %s (reference %s)", path(uri), reference);
        return ProblemResponses.of(new Problem(Problem.type("internal-error"), "Internal error", 500,
                "Kontor could not complete this request. Nothing was changed by it if it failed before commit; "
                        + "quote reference " + reference + " when you report it.", path(uri), List.of()));
    }

    private static Response unauthorized(UriInfo uri, String detail) {
        return ProblemResponses.of(new Problem(Problem.type("unauthorized"), "Unauthorized", 401, detail, path(uri),
                List.of()));
    }

    private static String httpDetail(int status) {
        return switch (status) {
            case 404 -> "There is nothing at this address. Check the path and the ids in it.";
            case 405 -> "This address does not accept that HTTP method; see the OpenAPI document at /q/openapi.";
            case 406 -> "This operation cannot answer in the media type your Accept header asks for.";
            case 413 -> "The request body is larger than this operation accepts.";
            case 415 -> "This operation does not accept that Content-Type; see the OpenAPI document at /q/openapi.";
            default -> "The request was refused; see the OpenAPI document at /q/openapi.";
        };
    }

    /**
     * The path of a bean-validation violation as the client wrote it: {@code name}, {@code settings.url}, or
     * the query parameter's name; without the Java method and parameter names the client never saw.
     */
    static String field(Path propertyPath) {
        List<Path.Node> nodes = new ArrayList<>();
        propertyPath.forEach(nodes::add);
        List<String> names = new ArrayList<>();
        for (int i = 0; i < nodes.size(); i++) {
            Path.Node node = nodes.get(i);
            boolean methodNode = node.getKind() == ElementKind.METHOD;
            boolean bodyParameter = node.getKind() == ElementKind.PARAMETER && i < nodes.size() - 1;
            if (methodNode || bodyParameter) {
                continue;
            }
            String position = node.getIndex() != null ? "[" + node.getIndex() + "]"
                    : node.getKey() != null ? "[" + node.getKey() + "]" : "";
            if (node.getKind() == ElementKind.CONTAINER_ELEMENT && !names.isEmpty()) {
                names.set(names.size() - 1, names.get(names.size() - 1) + position);
            } else if (node.getName() != null) {
                names.add(node.getName() + position);
            }
        }
        return names.isEmpty() ? "body" : String.join(".", names);
    }

    private static String jsonPath(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference reference : e.getPath()) {
            if (reference.getFieldName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(reference.getFieldName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    private static String path(UriInfo uri) {
        return uri == null ? null : uri.getPath();
    }
}
