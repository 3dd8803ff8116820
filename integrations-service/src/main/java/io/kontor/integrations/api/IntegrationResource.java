package io.kontor.integrations.api;

import io.kontor.integrations.Integration;
import io.kontor.integrations.service.IntegrationService;
import io.kontor.integrations.service.IssuedSecret;
import io.kontor.problem.KeysetCursor;
import io.kontor.problem.PageSize;
import io.kontor.problem.ParameterParser;
import io.kontor.problem.Problem;
import io.kontor.tenancy.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import java.util.UUID;

@Path("/api/v1/clients/{clientId}/integrations")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.PARTNER_ADMIN, Roles.ACCOUNTANT})
@Tag(name = "Integrations", description = "Per-client integrations and their activation periods")
@APIResponse(responseCode = "401", description = "No token, or a token that was refused",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "403", description = "The role may not manage this client's integrations",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "404", description = "No such client (or integration, or installation) in the caller's "
        + "firm",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "503", description = "The client (or installation) is not known here yet and "
        + "documents-service (or store-service), asked instead, did not answer in time; nothing was changed "
        + "(`owner-unavailable`)",
        headers = @Header(name = "Retry-After", description = "Seconds to wait before trying again",
                schema = @Schema(implementation = Integer.class)),
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class IntegrationResource {

    private final IntegrationService integrations;

    public IntegrationResource(IntegrationService integrations) {
        this.integrations = integrations;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Add an integration to a client",
            description = "The integration is active from now (server time): documents the client gets from now "
                    + "on are delivered, earlier ones only by an explicit backfill.")
    @APIResponse(responseCode = "201", description = "Added and active",
            content = @Content(schema = @Schema(implementation = IntegrationView.class)))
    @APIResponse(responseCode = "409", description = "The client is archived, or the installation was uninstalled",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "A field is missing or invalid",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public RestResponse<IntegrationView> addIntegration(@PathParam("clientId") UUID clientId,
                                                        @Valid @NotNull CreateIntegrationRequest request,
                                                        UriInfo uri) {
        IssuedSecret added = integrations.addIntegration(clientId, request.installationId(), request.settings(),
                request.documentTypes());
        return RestResponse.ResponseBuilder
                .<IntegrationView>created(uri.getAbsolutePathBuilder().path(added.integration().id().toString())
                        .build())
                .entity(view(added))
                .build();
    }

    @GET
    @Operation(summary = "List a client's integrations",
            description = "Oldest first, in pages of at most " + IntegrationList.MAX_PAGE + ": pass the returned "
                    + "nextCursor as cursor for the next one.")
    @APIResponse(responseCode = "200", description = "One page of the client's integrations",
            content = @Content(schema = @Schema(implementation = IntegrationList.class)))
    @APIResponse(responseCode = "400", description = "A query parameter is invalid",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "The limit or the cursor is invalid",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public IntegrationList listIntegrations(
            @PathParam("clientId") UUID clientId,
            @Parameter(description = "true: also the deleted integrations, with their history",
                    schema = @Schema(implementation = Boolean.class)) @QueryParam("includeDeleted")
            String includeDeleted,
            @Parameter(description = "Page size, 1 to " + IntegrationList.MAX_PAGE + "; default "
                    + IntegrationList.DEFAULT_PAGE, schema = @Schema(implementation = Integer.class))
            @QueryParam("limit") String limit,
            @Parameter(description = "nextCursor of the previous page") @QueryParam("cursor") String cursor) {
        ParameterParser parameters = new ParameterParser();
        Boolean withDeleted = parameters.bool("includeDeleted", includeDeleted);
        Integer requestedLimit = parameters.integer("limit", limit);
        parameters.throwIfInvalid();
        int size = PageSize.of(requestedLimit, IntegrationList.DEFAULT_PAGE, IntegrationList.MAX_PAGE);
        return IntegrationList.page(integrations.integrationsOfClient(clientId, Boolean.TRUE.equals(withDeleted),
                KeysetCursor.decode(cursor), size), size, integrations::signingSecretsOf);
    }

    @PUT
    @Path("/{integrationId}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Change an integration's settings and document types",
            description = "Replaces the client-level settings (checked against the extension's schema, like a new "
                    + "integration's) and the document types. The activation periods do not change. Publishes "
                    + "kontor.integration.updated.v1 when something changed. To revive a DISABLED integration, fix "
                    + "its settings here, then activate it.")
    @APIResponse(responseCode = "200", description = "The integration as it is now",
            content = @Content(schema = @Schema(implementation = IntegrationView.class)))
    @APIResponse(responseCode = "409", description = "The integration was deleted, or its installation uninstalled",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "A field is missing or invalid",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public IntegrationView updateIntegration(@PathParam("clientId") UUID clientId,
                                             @PathParam("integrationId") UUID integrationId,
                                             @Valid @NotNull UpdateIntegrationRequest request) {
        return view(integrations.updateIntegration(clientId, integrationId, request.settings(),
                request.documentTypes()));
    }

    @DELETE
    @Path("/{integrationId}")
    @Operation(summary = "Delete an integration",
            description = "Stops it for good and keeps it, with its activation periods, for the record (GET still "
                    + "answers; the list shows it with includeDeleted=true). Publishes kontor.integration.deleted.v1 "
                    + "once; deleting it again changes nothing.")
    @APIResponse(responseCode = "204", description = "Deleted")
    public void deleteIntegration(@PathParam("clientId") UUID clientId,
                                  @PathParam("integrationId") UUID integrationId) {
        integrations.deleteIntegration(clientId, integrationId);
    }

    @GET
    @Path("/{integrationId}")
    @Operation(summary = "One integration with all its activation periods")
    @APIResponse(responseCode = "200", description = "The integration",
            content = @Content(schema = @Schema(implementation = IntegrationView.class)))
    public IntegrationView getIntegration(@PathParam("clientId") UUID clientId,
                                          @PathParam("integrationId") UUID integrationId) {
        return view(integrations.integration(clientId, integrationId));
    }

    @POST
    @Path("/{integrationId}/deactivate")
    @Operation(summary = "Deactivate an integration",
            description = "Ends the current activation period; documents created from now on are not delivered.")
    @APIResponse(responseCode = "200", description = "Deactivated",
            content = @Content(schema = @Schema(implementation = IntegrationView.class)))
    @APIResponse(responseCode = "409", description = "The integration is not active, or was deleted",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public IntegrationView deactivateIntegration(@PathParam("clientId") UUID clientId,
                                                 @PathParam("integrationId") UUID integrationId) {
        return view(integrations.deactivateIntegration(clientId, integrationId));
    }

    @POST
    @Path("/{integrationId}/activate")
    @Operation(summary = "Activate an integration again",
            description = "Starts a new activation period; the earlier periods are kept. Also revives an "
                    + "integration the sync-worker DISABLED after a 410 Gone (fix its settings first).")
    @APIResponse(responseCode = "200", description = "Active again",
            content = @Content(schema = @Schema(implementation = IntegrationView.class)))
    @APIResponse(responseCode = "409", description = "The integration is already active or was deleted, or its "
            + "installation was uninstalled",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public IntegrationView activateIntegration(@PathParam("clientId") UUID clientId,
                                               @PathParam("integrationId") UUID integrationId) {
        return view(integrations.activateIntegration(clientId, integrationId));
    }

    @POST
    @Path("/{integrationId}/rotate-secret")
    @Operation(summary = "Rotate the webhook signing secret",
            description = "Issues a new secret, shown in this response only. The previous secret keeps signing "
                    + "next to it for the overlap (kontor.integrations.signing-secrets.rotation-overlap, 24 h by "
                    + "default), so deliveries carry both signatures while the receiver switches.")
    @APIResponse(responseCode = "200", description = "The integration with its new signingSecret",
            content = @Content(schema = @Schema(implementation = IntegrationView.class)))
    @APIResponse(responseCode = "409", description = "The integration does not deliver over WEBHOOK",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public IntegrationView rotateSigningSecret(@PathParam("clientId") UUID clientId,
                                               @PathParam("integrationId") UUID integrationId) {
        return view(integrations.rotateSigningSecret(clientId, integrationId));
    }

    private IntegrationView view(Integration integration) {
        return IntegrationView.of(integration, integrations.signingSecretsOf(integration));
    }

    private IntegrationView view(IssuedSecret issued) {
        return IntegrationView.of(issued.integration(), integrations.signingSecretsOf(issued.integration()),
                issued.signingSecret());
    }
}
