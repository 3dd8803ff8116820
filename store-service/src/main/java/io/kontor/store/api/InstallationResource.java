package io.kontor.store.api;

import io.kontor.problem.KeysetCursor;
import io.kontor.problem.PageSize;
import io.kontor.problem.ParameterParser;
import io.kontor.problem.Problem;
import io.kontor.store.service.InstallationService;
import io.kontor.tenancy.Caller;
import io.kontor.tenancy.Roles;
import io.quarkus.security.Authenticated;
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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import java.util.UUID;

/** The firm's installations (DESIGN.md §1, story 2). Every role reads; only a partner-admin installs. */
@Path("/api/v1/installations")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Installations", description = "Extensions the firm has installed")
public class InstallationResource {

    /** A firm installs a handful of extensions; a page is a safeguard against a script that installs thousands. */
    private static final int DEFAULT_PAGE = 100;
    private static final int MAX_PAGE = 500;

    private final InstallationService installations;
    private final Caller caller;

    InstallationResource(InstallationService installations, Caller caller) {
        this.installations = installations;
        this.caller = caller;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.PARTNER_ADMIN)
    @Operation(summary = "Install an extension for the firm",
            description = "Publishes kontor.installation.created.v1 on kontor.installations.")
    @APIResponse(responseCode = "201", description = "Installed; Location names the installation",
            content = @Content(schema = @Schema(implementation = InstallationView.class)))
    @APIResponse(responseCode = "400", description = "The body is not valid JSON",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "The extension allows one installation and the firm has it",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "Unknown extensionKey, or settings that do not match the "
            + "extension's partnerSettingsSchema; `errors` names each JSON path (e.g. $.settings.smtpPort)", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class)))
    public RestResponse<InstallationView> installExtension(@Valid @NotNull InstallationRequest body,
                                                           @Context UriInfo uri) {
        InstallationView installed = InstallationView.of(
                installations.installExtension(caller.partnerId(), body.extensionKey(), body.settings()));
        return RestResponse.ResponseBuilder
                .<InstallationView>created(uri.getAbsolutePathBuilder().path(installed.id().toString()).build())
                .entity(installed)
                .build();
    }

    @GET
    @RolesAllowed({Roles.PARTNER_ADMIN, Roles.ACCOUNTANT})
    @Operation(summary = "List the firm's installations")
    @APIResponse(responseCode = "200", description = "One page of the installations, oldest first, at most "
            + MAX_PAGE + "; nextCursor, passed as cursor, gets the next",
            content = @Content(schema = @Schema(implementation = InstallationListView.class)))
    @APIResponse(responseCode = "400", description = "limit is not a number",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "The limit or the cursor is invalid",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public InstallationListView listInstallations(
            @Parameter(description = "Page size, 1 to " + MAX_PAGE + "; default " + DEFAULT_PAGE,
                    schema = @Schema(implementation = Integer.class)) @QueryParam("limit") String limit,
            @Parameter(description = "nextCursor of the previous page") @QueryParam("cursor") String cursor) {
        ParameterParser parameters = new ParameterParser();
        Integer requestedLimit = parameters.integer("limit", limit);
        parameters.throwIfInvalid();
        int size = PageSize.of(requestedLimit, DEFAULT_PAGE, MAX_PAGE);
        return InstallationListView.page(installations.installations(caller.partnerId(),
                KeysetCursor.decode(cursor), size), size);
    }

    @GET
    @Path("/{installationId}")
    @RolesAllowed({Roles.PARTNER_ADMIN, Roles.ACCOUNTANT})
    @Operation(summary = "Get one installation")
    @APIResponse(responseCode = "200", description = "The installation",
            content = @Content(schema = @Schema(implementation = InstallationView.class)))
    @APIResponse(responseCode = "404", description = "The firm has no such installation",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public InstallationView getInstallation(@PathParam("installationId") UUID installationId) {
        return InstallationView.of(installations.installation(caller.partnerId(), installationId));
    }

    @PUT
    @Path("/{installationId}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.PARTNER_ADMIN)
    @Operation(summary = "Change an installation's settings",
            description = "Replaces the partner-level settings; secret settings left out keep their value. "
                    + "Publishes kontor.installation.updated.v1 when something changed.")
    @APIResponse(responseCode = "200", description = "The installation after the change",
            content = @Content(schema = @Schema(implementation = InstallationView.class)))
    @APIResponse(responseCode = "400", description = "The body is not valid JSON",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "The firm has no such installation",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "The settings do not match the schema; `errors` names each "
            + "JSON path", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class)))
    public InstallationView updateSettings(@PathParam("installationId") UUID installationId,
                                           @NotNull InstallationSettingsRequest body) {
        return InstallationView.of(installations.updateSettings(caller.partnerId(), installationId,
                body.settings()));
    }

    @DELETE
    @Path("/{installationId}")
    @RolesAllowed(Roles.PARTNER_ADMIN)
    @Operation(summary = "Uninstall an extension",
            description = "Publishes kontor.installation.deleted.v1; every integration that used the installation "
                    + "stops.")
    @APIResponse(responseCode = "204", description = "Uninstalled")
    @APIResponse(responseCode = "404", description = "The firm has no such installation",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public void uninstallExtension(@PathParam("installationId") UUID installationId) {
        installations.uninstallExtension(caller.partnerId(), installationId);
    }
}
