package io.kontor.integrations.api;

import io.kontor.integrations.Integration;
import io.kontor.integrations.service.BulkActivation;
import io.kontor.integrations.service.InstallationIntegrations;
import io.kontor.integrations.service.IntegrationService;
import io.kontor.problem.KeysetCursor;
import io.kontor.problem.PageSize;
import io.kontor.problem.ParameterParser;
import io.kontor.problem.Problem;
import io.kontor.tenancy.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;
import java.util.UUID;

/**
 * An installation's integrations across the firm's clients. The path sits under store-service's
 * {@code /installations}, but its last segment is {@code integrations}, which is always this service's: the
 * ingress routes {@code /api/v1/(clients|installations)/{id}/integrations…} here (docs/architecture.md, REST).
 */
@Path("/api/v1/installations/{installationId}/integrations")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.PARTNER_ADMIN, Roles.ACCOUNTANT})
@Tag(name = "Integrations", description = "Per-client integrations and their activation periods")
@APIResponse(responseCode = "401", description = "No token, or a token that was refused",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "403", description = "The role may not manage integrations",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "404", description = "No such installation in the caller's firm",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class InstallationIntegrationResource {

    private final InstallationIntegrations installationIntegrations;
    private final BulkActivation bulkActivation;
    private final IntegrationService integrations;

    public InstallationIntegrationResource(InstallationIntegrations installationIntegrations,
                                           BulkActivation bulkActivation, IntegrationService integrations) {
        this.installationIntegrations = installationIntegrations;
        this.bulkActivation = bulkActivation;
        this.integrations = integrations;
    }

    @GET
    @Operation(summary = "List an installation's integrations across the firm's clients",
            description = "Oldest first, in pages. A partner admin sees every client's; an accountant those of the "
                    + "clients assigned to them.")
    @APIResponse(responseCode = "200", description = "One page of integrations",
            content = @Content(schema = @Schema(implementation = IntegrationList.class)))
    @APIResponse(responseCode = "400", description = "A query parameter is invalid",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "The limit or the cursor is invalid",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public IntegrationList listIntegrations(
            @PathParam("installationId") UUID installationId,
            @Parameter(description = "true: also the deleted integrations",
                    schema = @Schema(implementation = Boolean.class)) @QueryParam("includeDeleted")
            String includeDeleted,
            @Parameter(description = "Page size, 1 to " + IntegrationList.MAX_PAGE + "; default "
                    + IntegrationList.DEFAULT_PAGE,
                    schema = @Schema(implementation = Integer.class)) @QueryParam("limit") String limit,
            @Parameter(description = "nextCursor of the previous page") @QueryParam("cursor") String cursor) {
        ParameterParser parameters = new ParameterParser();
        Boolean withDeleted = parameters.bool("includeDeleted", includeDeleted);
        Integer requestedLimit = parameters.integer("limit", limit);
        parameters.throwIfInvalid();
        int size = PageSize.of(requestedLimit, IntegrationList.DEFAULT_PAGE, IntegrationList.MAX_PAGE);
        return IntegrationList.page(installationIntegrations.page(installationId, Boolean.TRUE.equals(withDeleted),
                KeysetCursor.decode(cursor), size), size, integrations::signingSecretsOf);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Activate the installation for many clients at once",
            description = "Each row is added exactly like POST /clients/{clientId}/integrations — same checks, its "
                    + "own integration, activation period, event and signing secret — and commits on its own. The "
                    + "answer lists every row: the added integration (its signingSecret shown this once) or the "
                    + "problem that refused it. At most 500 rows.")
    @APIResponse(responseCode = "200", description = "Every row's outcome, in request order",
            content = @Content(schema = @Schema(implementation = BulkActivationView.class)))
    @APIResponse(responseCode = "404", description = "No such installation in the caller's firm: no row is tried",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "The installation was uninstalled: no row is tried",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "No rows, or more than 500",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public BulkActivationView activateForClients(@PathParam("installationId") UUID installationId,
                                                 @Valid @NotNull BulkActivationRequest request, UriInfo uri) {
        List<BulkActivation.Outcome> outcomes = bulkActivation.activate(installationId, request.integrations()
                .stream().map(row -> new BulkActivation.Row(row.clientId(), row.settings(), row.documentTypes()))
                .toList());
        List<BulkActivationView.Result> results = outcomes.stream().map(outcome -> result(outcome, uri)).toList();
        int created = (int) outcomes.stream().filter(outcome -> outcome.added() != null).count();
        return new BulkActivationView(created, outcomes.size() - created, results);
    }

    private BulkActivationView.Result result(BulkActivation.Outcome outcome, UriInfo uri) {
        if (outcome.added() == null) {
            return new BulkActivationView.Result(outcome.index(), outcome.clientId(), outcome.refused().status(),
                    null, outcome.refused().toProblem(uri.getPath()));
        }
        Integration added = outcome.added().integration();
        return new BulkActivationView.Result(outcome.index(), outcome.clientId(), 201,
                IntegrationView.of(added, integrations.signingSecretsOf(added), outcome.added().signingSecret()),
                null);
    }
}
