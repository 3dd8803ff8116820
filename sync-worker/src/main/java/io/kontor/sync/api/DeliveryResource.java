package io.kontor.sync.api;

import io.kontor.problem.PageSize;
import io.kontor.problem.ParameterParser;
import io.kontor.problem.Problem;
import io.kontor.sync.DeliveryStatus;
import io.kontor.sync.service.DeliveryPage;
import io.kontor.sync.service.DeliveryQueryService;
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

@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.PARTNER_ADMIN, Roles.ACCOUNTANT})
@Tag(name = "Deliveries", description = "Where each document stands with each integration, with every attempt")
@APIResponse(responseCode = "403", description = "The role may not see deliveries",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "404", description = "Nothing with that id in the caller's firm",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class DeliveryResource {

    private static final int DEFAULT_PAGE_SIZE = 50;
    private static final int MAX_PAGE_SIZE = 200;

    private final DeliveryQueryService deliveries;

    public DeliveryResource(DeliveryQueryService deliveries) {
        this.deliveries = deliveries;
    }

    @GET
    @Path("/integrations/{integrationId}/deliveries")
    @Operation(summary = "Deliveries of one integration, newest first")
    @APIResponse(responseCode = "200", description = "One page",
            content = @Content(schema = @Schema(implementation = DeliveryList.class)))
    @APIResponse(responseCode = "400", description = "status or limit cannot be read (an unknown status: the "
            + "detail lists the five); `errors` names each one",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "limit is out of range, or the cursor is not one this list "
            + "returned", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class)))
    public DeliveryList listDeliveriesOfIntegration(
            @PathParam("integrationId") UUID integrationId,
            @Parameter(description = "Only deliveries in this status",
                    schema = @Schema(implementation = DeliveryStatus.class)) @QueryParam("status") String status,
            @Parameter(description = "The nextCursor of the previous page") @QueryParam("cursor") String cursor,
            @Parameter(description = "Page size, 1 to 200 (default 50)") @QueryParam("limit") String limit) {
        // Read as text: Jakarta REST would answer an unknown status or a non-numeric limit with a bare 404.
        ParameterParser parameters = new ParameterParser();
        DeliveryStatus wanted = parameters.oneOf("status", status, DeliveryStatus.class);
        Integer size = parameters.integer("limit", limit);
        parameters.throwIfInvalid();
        int pageSize = PageSize.of(size, DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE);
        DeliveryPage page = deliveries.deliveriesOfIntegration(integrationId, wanted, cursor, pageSize);
        return new DeliveryList(page.items().stream().map(DeliveryView::of).toList(), page.nextCursor());
    }

    @GET
    @Path("/clients/{clientId}/documents/{documentId}/deliveries")
    @Operation(summary = "Deliveries of one document, one per integration it goes to",
            description = "Oldest first, never paginated: a document goes to a handful of integrations. The answer "
                    + "lists at most 500 (nextCursor is always absent).")
    @APIResponse(responseCode = "200", description = "The deliveries of the document, at most 500",
            content = @Content(schema = @Schema(implementation = DeliveryList.class)))
    public DeliveryList listDeliveriesOfDocument(@PathParam("clientId") UUID clientId,
                                                 @PathParam("documentId") UUID documentId) {
        List<DeliveryView> items = deliveries.deliveriesOfDocument(clientId, documentId).stream()
                .map(DeliveryView::of).toList();
        return new DeliveryList(items, null);
    }

    @GET
    @Path("/deliveries/{deliveryId}")
    @Operation(summary = "One delivery with all its attempts")
    @APIResponse(responseCode = "200", description = "The delivery",
            content = @Content(schema = @Schema(implementation = DeliveryDetailView.class)))
    public DeliveryDetailView getDelivery(@PathParam("deliveryId") UUID deliveryId) {
        return DeliveryDetailView.of(deliveries.delivery(deliveryId));
    }
}
