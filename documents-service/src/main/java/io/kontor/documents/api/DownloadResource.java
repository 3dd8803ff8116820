package io.kontor.documents.api;

import io.kontor.documents.service.DocumentContentService;
import io.kontor.problem.Problem;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirementsSet;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Signed download links: the signature in the path is the credential, so no bearer token is needed. This is the
 * one public endpoint of the service.
 */
@Path("/api/v1/downloads")
@PermitAll
@Tag(name = "Documents")
public class DownloadResource {

    private final DocumentContentService contents;

    DownloadResource(DocumentContentService contents) {
        this.contents = contents;
    }

    @GET
    @Path("/{token}")
    @Produces(MediaType.WILDCARD)
    @SecurityRequirementsSet
    @Operation(summary = "Download an original through a signed link",
            description = "Links come from POST /api/v1/clients/{clientId}/documents/{documentId}/download-link. "
                    + "Same response as …/content.")
    @APIResponse(responseCode = "200", description = "The original", content = @Content(
            mediaType = MediaType.APPLICATION_OCTET_STREAM, schema = @Schema(type = SchemaType.STRING,
            format = "binary")))
    @APIResponse(responseCode = "403", description = "The link was altered or not signed by this service",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "The document no longer exists",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "410", description = "The link has expired",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response download(@PathParam("token") String token) {
        return OriginalResponses.of(contents.linkedOriginal(token));
    }
}
