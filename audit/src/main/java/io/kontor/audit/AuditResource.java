package io.kontor.audit;

import io.kontor.problem.PageSize;
import io.kontor.problem.ParameterParser;
import io.kontor.problem.Problem;
import io.kontor.tenancy.Caller;
import io.kontor.tenancy.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;
import java.util.UUID;

/**
 * The firm's audit trail of what this service owns (docs/security.md, "Audit trail"). Each service serves its own
 * trail under its own name, so an ingress routes {@code /api/v1/audit/<trail>} like every other path.
 */
@Path("/api/v1/audit/{trail}")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.PARTNER_ADMIN)
@Tag(name = "Audit trail", description = "Who did what, append-only and hash-chained per firm")
@APIResponse(responseCode = "404", description = "This service keeps another trail",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class AuditResource {

    private static final int DEFAULT_PAGE_SIZE = 100;
    private static final int MAX_PAGE_SIZE = 500;

    private final AuditLog log;
    private final AuditConfig config;
    private final Caller caller;

    public AuditResource(AuditLog log, AuditConfig config, Caller caller) {
        this.log = log;
        this.config = config;
        this.caller = caller;
    }

    @GET
    @Operation(summary = "The firm's trail, oldest first",
            description = "Every entry of the caller's firm in this service, or those of one client. Page on with "
                    + "after = the previous page's nextAfter.")
    @APIResponse(responseCode = "200", description = "One page of entries",
            content = @Content(schema = @Schema(implementation = AuditPage.class)))
    @APIResponse(responseCode = "400", description = "A parameter cannot be read; errors names each",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public AuditPage entries(
            @Parameter(description = "documents, integrations, store or deliveries: the service's own")
            @PathParam("trail") String trail,
            @Parameter(description = "Only entries about this client") @QueryParam("clientId") String clientId,
            @Parameter(description = "The nextAfter of the previous page") @QueryParam("after") String after,
            @Parameter(description = "Page size, 1 to 500 (default 100)") @QueryParam("limit") String limit) {
        requireOwn(trail);
        ParameterParser parameters = new ParameterParser();
        UUID client = parameters.uuid("clientId", clientId);
        Long afterSeq = parameters.longNumber("after", after);
        Integer size = parameters.integer("limit", limit);
        parameters.throwIfInvalid();
        int pageSize = PageSize.of(size, DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE);
        List<AuditEntry> page = log.page(caller.partnerId(), client, afterSeq == null ? 0 : afterSeq, pageSize + 1);
        List<AuditEntry> items = page.size() > pageSize ? page.subList(0, pageSize) : page;
        Long next = page.size() > pageSize ? items.get(items.size() - 1).seq() : null;
        return new AuditPage(items.stream().map(AuditEntryView::of).toList(), next);
    }

    @GET
    @Path("/verification")
    @Operation(summary = "Check the firm's chain",
            description = "Recomputes every hash of the firm's trail in this service: intact, or the first entry "
                    + "that was changed, removed or inserted afterwards.")
    @APIResponse(responseCode = "200", description = "The result",
            content = @Content(schema = @Schema(implementation = AuditVerification.class)))
    public AuditVerification verify(@PathParam("trail") String trail) {
        requireOwn(trail);
        return log.verify(caller.partnerId());
    }

    private void requireOwn(String trail) {
        if (!config.trail().equals(trail)) {
            throw new AuditTrailNotFound(trail, config.trail());
        }
    }
}
