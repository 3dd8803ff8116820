package io.kontor.store.api;

import io.kontor.events.documents.DocumentType;
import io.kontor.problem.ParameterParser;
import io.kontor.problem.Problem;
import io.kontor.store.DeliveryChannel;
import io.kontor.store.ExtensionCategory;
import io.kontor.store.service.CatalogService;
import io.kontor.tenancy.Roles;
import io.quarkus.security.Authenticated;
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

/**
 * The extension catalog (DESIGN.md §1, story 2). A partner-admin and an accountant browse it; a client-manager
 * manages clients, not extensions (docs/security.md).
 */
@Path("/api/v1/extensions")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Extensions", description = "The catalog of what a firm can connect Kontor to")
public class ExtensionResource {

    private final CatalogService catalog;

    ExtensionResource(CatalogService catalog) {
        this.catalog = catalog;
    }

    @GET
    @RolesAllowed({Roles.PARTNER_ADMIN, Roles.ACCOUNTANT})
    @Operation(summary = "Browse the catalog", description = "Every filter is optional; given filters must all "
            + "match. The list is short and not paginated.")
    @APIResponse(responseCode = "200", description = "The matching extensions, by name",
            content = @Content(schema = @Schema(implementation = ExtensionListView.class)))
    @APIResponse(responseCode = "400", description = "An unknown category, channel or document type; `errors` "
            + "lists the values that exist", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class)))
    public ExtensionListView browseCatalog(
            @Parameter(description = "ACCOUNTING_PACKAGE, ARCHIVE or GENERIC") @QueryParam("category") String category,
            @Parameter(description = "WEBHOOK, EMAIL or KAFKA") @QueryParam("channel") String channel,
            @Parameter(description = "Only extensions that accept this document type, e.g. PURCHASE_INVOICE")
            @QueryParam("documentType") String documentType,
            @Parameter(description = "Text to find in the key, name, vendor or description") @QueryParam("q")
            String text) {
        ParameterParser parameters = new ParameterParser();
        ExtensionCategory wantedCategory = parameters.oneOf("category", category, ExtensionCategory.class);
        DeliveryChannel wantedChannel = parameters.oneOf("channel", channel, DeliveryChannel.class);
        DocumentType wantedType = parameters.oneOf("documentType", documentType, DocumentType.class);
        parameters.throwIfInvalid();
        return ExtensionListView.of(catalog.browseCatalog(wantedCategory, wantedChannel, wantedType, text));
    }

    @GET
    @Path("/{extensionKey}")
    @RolesAllowed({Roles.PARTNER_ADMIN, Roles.ACCOUNTANT})
    @Operation(summary = "Get one extension with its settings schemas")
    @APIResponse(responseCode = "200", description = "The extension",
            content = @Content(schema = @Schema(implementation = ExtensionView.class)))
    @APIResponse(responseCode = "404", description = "No extension with this key",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public ExtensionView getExtension(@PathParam("extensionKey") String extensionKey) {
        return ExtensionView.of(catalog.extension(extensionKey));
    }
}
