package io.kontor.sync.api;

import io.kontor.problem.Problem;
import io.kontor.sync.service.DeliveryRetries;
import io.kontor.tenancy.Roles;
import jakarta.annotation.security.RolesAllowed;
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

import java.util.UUID;

@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.PARTNER_ADMIN, Roles.ACCOUNTANT})
@Tag(name = "Deliveries", description = "Where each document stands with each integration, with every attempt")
@APIResponse(responseCode = "403", description = "The role may not resend deliveries",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "404", description = "Nothing with that id in the caller's firm",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class DeliveryRetryResource {

    private final DeliveryRetries retries;

    public DeliveryRetryResource(DeliveryRetries retries) {
        this.retries = retries;
    }

    @POST
    @Path("/deliveries/{deliveryId}/retry")
    @Operation(summary = "Send a delivery again",
            description = "Queues a FAILED, CANCELLED or DELIVERED delivery for an attempt now, under the same id "
                    + "(the webhook-id the receiver deduplicates on), with a fresh round of the retry schedule.")
    @APIResponse(responseCode = "200", description = "Queued again",
            content = @Content(schema = @Schema(implementation = DeliveryView.class)))
    @APIResponse(responseCode = "409", description = "It is still queued or retrying, or its integration is not "
            + "active", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class)))
    public DeliveryView retryDelivery(@PathParam("deliveryId") UUID deliveryId) {
        return DeliveryView.of(retries.retry(deliveryId));
    }

    @POST
    @Path("/integrations/{integrationId}/retry-failed")
    @Operation(summary = "Send every failed delivery of an integration again",
            description = "Queues each FAILED delivery of the integration for an attempt now, each under its own "
                    + "id, with a fresh round of the retry schedule.")
    @APIResponse(responseCode = "200", description = "How many were queued",
            content = @Content(schema = @Schema(implementation = RetriedDeliveries.class)))
    @APIResponse(responseCode = "409", description = "The integration is not active",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public RetriedDeliveries retryFailedDeliveries(@PathParam("integrationId") UUID integrationId) {
        return new RetriedDeliveries(retries.retryFailed(integrationId));
    }
}
