package io.kontor.documents.api;

import io.kontor.documents.service.ClientQuery;
import io.kontor.documents.service.ClientService;
import io.kontor.problem.ParameterParser;
import io.kontor.problem.Problem;
import io.kontor.tenancy.AssignedClients;
import io.kontor.tenancy.Caller;
import io.kontor.tenancy.Roles;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
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

/** The partner's client directory (DESIGN.md §1, story 1). Reads for every role; writes for admins and managers. */
@Path("/api/v1/clients")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Clients", description = "The firm's client directory")
public class ClientResource {

    private static final int MAX_SEARCH_LENGTH = 500;

    private final ClientService clients;
    private final Caller caller;

    ClientResource(ClientService clients, Caller caller) {
        this.clients = clients;
        this.caller = caller;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.PARTNER_ADMIN, Roles.CLIENT_MANAGER})
    @Operation(summary = "Add a client to the directory",
            description = "Publishes kontor.client.created.v1 on kontor.clients.")
    @APIResponse(responseCode = "201", description = "Created; Location names the new client",
            content = @Content(schema = @Schema(implementation = ClientView.class)))
    @APIResponse(responseCode = "400", description = "The body is not valid JSON",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "A field is missing or invalid; `errors` lists each one",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public RestResponse<ClientView> createClient(@Valid @NotNull ClientRequest body, @Context UriInfo uri) {
        ClientView created = ClientView.of(clients.registerClient(caller.partnerId(), body.toDetails()));
        return RestResponse.ResponseBuilder
                .<ClientView>created(uri.getAbsolutePathBuilder().path(created.id().toString()).build())
                .entity(created)
                .build();
    }

    @GET
    @RolesAllowed({Roles.PARTNER_ADMIN, Roles.CLIENT_MANAGER, Roles.ACCOUNTANT})
    @Operation(summary = "List clients",
            description = "Ordered by name (case-insensitively). Keyset-paginated: pass the returned nextCursor as "
                    + "cursor for the next page; the pages are stable while clients are added or changed. An "
                    + "accountant sees the clients assigned to them.")
    @APIResponse(responseCode = "200", description = "One page of clients",
            content = @Content(schema = @Schema(implementation = ClientListView.class)))
    @APIResponse(responseCode = "400", description = "The cursor is not one this list returned, or archived or "
            + "limit cannot be read", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "limit is out of range",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public ClientListView listClients(
            @Parameter(description = "Text to find in the name, VAT number, company number or external reference")
            @QueryParam("q") String text,
            @Parameter(description = "false (default): the active directory; true: the archived clients",
                    schema = @Schema(implementation = Boolean.class)) @QueryParam("archived") String archived,
            @Parameter(description = "Page size, 1 to 200 (default 50)",
                    schema = @Schema(implementation = Integer.class)) @QueryParam("limit") String limit,
            @Parameter(description = "The nextCursor of the previous page")
            @QueryParam("cursor") String cursor) {
        ParameterParser parameters = new ParameterParser();
        Boolean archivedOnly = parameters.bool("archived", archived);
        Integer pageSize = parameters.integer("limit", limit);
        String search = parameters.text("q", text, MAX_SEARCH_LENGTH);
        String after = parameters.text("cursor", cursor, MAX_SEARCH_LENGTH);
        parameters.throwIfInvalid();
        return ClientListView.of(clients.listClients(caller.partnerId(),
                new ClientQuery(search, Boolean.TRUE.equals(archivedOnly), pageSize, after,
                        caller.reachesEveryClient() ? null : caller.userId())));
    }

    @GET
    @Path("/{clientId}")
    @RolesAllowed({Roles.PARTNER_ADMIN, Roles.CLIENT_MANAGER, Roles.ACCOUNTANT})
    @AssignedClients
    @Operation(summary = "Get one client", description = "An accountant gets the clients assigned to them (403 for "
            + "the firm's others).")
    @APIResponse(responseCode = "200", description = "The client",
            content = @Content(schema = @Schema(implementation = ClientView.class)))
    @APIResponse(responseCode = "404", description = "No such client in the caller's directory",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public ClientView getClient(@PathParam("clientId") UUID clientId) {
        return ClientView.of(clients.client(caller.partnerId(), clientId));
    }

    @PUT
    @Path("/{clientId}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.PARTNER_ADMIN, Roles.CLIENT_MANAGER})
    @Operation(summary = "Replace a client's details",
            description = "Publishes kontor.client.updated.v1 when something changed; an identical body changes "
                    + "nothing and publishes nothing.")
    @APIResponse(responseCode = "200", description = "The client after the change",
            content = @Content(schema = @Schema(implementation = ClientView.class)))
    @APIResponse(responseCode = "400", description = "The body is not valid JSON",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such client in the caller's directory",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "The client is archived",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "A field is missing or invalid; `errors` lists each one",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public ClientView updateClient(@PathParam("clientId") UUID clientId, @Valid @NotNull ClientRequest body) {
        return ClientView.of(clients.reviseClient(caller.partnerId(), clientId, body.toDetails()));
    }

    @POST
    @Path("/{clientId}/archive")
    @RolesAllowed({Roles.PARTNER_ADMIN, Roles.CLIENT_MANAGER})
    @Operation(summary = "Archive a client",
            description = "Takes the client out of the active directory; nothing is deleted. Publishes "
                    + "kontor.client.archived.v1 once; archiving an archived client changes nothing.")
    @APIResponse(responseCode = "200", description = "The archived client",
            content = @Content(schema = @Schema(implementation = ClientView.class)))
    @APIResponse(responseCode = "404", description = "No such client in the caller's directory",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public ClientView archiveClient(@PathParam("clientId") UUID clientId) {
        return ClientView.of(clients.archiveClient(caller.partnerId(), clientId));
    }
}
