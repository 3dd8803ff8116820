package io.kontor.sync.api;

import io.kontor.problem.InvalidInput;
import io.kontor.problem.Problem;
import io.kontor.problem.Violation;
import io.kontor.sync.service.Backfills;
import io.kontor.tenancy.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;
import java.util.UUID;

@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.PARTNER_ADMIN, Roles.ACCOUNTANT})
@Tag(name = "Deliveries", description = "Where each document stands with each integration, with every attempt")
@APIResponse(responseCode = "403", description = "The role may not ask for deliveries",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "404", description = "Nothing with that id in the caller's firm",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class BackfillResource {

    private final Backfills backfills;

    public BackfillResource(Backfills backfills) {
        this.backfills = backfills;
    }

    @POST
    @Path("/integrations/{integrationId}/backfill")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Deliver earlier documents to an integration",
            description = "Lists the client's documents stored in [from, to) through documents-service (as the "
                    + "caller) and queues a BACKFILL delivery for each one whose type the integration takes and "
                    + "that has no delivery to it yet; repeating it queues nothing twice. dryRun=true only counts.")
    @APIResponse(responseCode = "200", description = "What was found and queued",
            content = @Content(schema = @Schema(implementation = BackfillView.class)))
    @APIResponse(responseCode = "409", description = "The integration is not active (a dry run is allowed anyway)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "from or to is missing, or from is not before to",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "503", description = "documents-service did not answer in time; nothing more was "
            + "queued (repeat the request: what was queued stays, nothing is queued twice)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public BackfillView backfill(@PathParam("integrationId") UUID integrationId,
                                 @Valid @NotNull BackfillRequest request) {
        if (!request.from().isBefore(request.to())) {
            throw new InvalidInput("validation-failed", "Request validation failed",
                    "from must be before to; the range is [from, to).",
                    List.of(new Violation("from", "must be before to")));
        }
        return BackfillView.of(backfills.backfill(integrationId, request.from(), request.to(),
                request.documentTypes() == null ? List.of() : request.documentTypes(),
                Boolean.TRUE.equals(request.dryRun())));
    }
}
