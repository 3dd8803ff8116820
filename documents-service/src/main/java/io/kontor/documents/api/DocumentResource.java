package io.kontor.documents.api;

import com.fasterxml.jackson.databind.JsonNode;
import io.kontor.documents.DocumentDetails;
import io.kontor.documents.DocumentFilter;
import io.kontor.documents.DocumentRevision;
import io.kontor.documents.DocumentSort;
import io.kontor.documents.service.DocumentContentService;
import io.kontor.documents.service.DocumentContentService.DownloadLink;
import io.kontor.documents.service.DocumentEditService;
import io.kontor.documents.service.DocumentQuery;
import io.kontor.documents.service.DocumentQueryService;
import io.kontor.documents.service.DocumentUploadService;
import io.kontor.documents.service.UploadCommand;
import io.kontor.documents.service.UploadedOriginal;
import io.kontor.events.documents.DocumentType;
import io.kontor.problem.PageSize;
import io.kontor.problem.ParameterParser;
import io.kontor.problem.Problem;
import io.kontor.tenancy.AssignedClients;
import io.kontor.tenancy.Caller;
import io.kontor.tenancy.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/**
 * A client's documents in five folders (DESIGN.md §1, story 1): a partner-admin and the accountants assigned to the
 * client read, upload and edit them; a client-manager manages clients, not their documents (docs/security.md).
 */
@Path("/api/v1/clients/{clientId}/documents")
@RolesAllowed({Roles.PARTNER_ADMIN, Roles.ACCOUNTANT})
@AssignedClients
@APIResponse(responseCode = "403", description = "The caller's role may not, or the client is not assigned to the "
        + "accountant calling", content = @Content(mediaType = Problem.MEDIA_TYPE,
        schema = @Schema(implementation = Problem.class)))
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Documents", description = "A client's documents: upload, folders, metadata, originals")
@APIResponse(responseCode = "404", description = "No such client in the caller's directory, or no such document "
        + "of that client", content = @Content(mediaType = Problem.MEDIA_TYPE,
        schema = @Schema(implementation = Problem.class)))
public class DocumentResource {

    private static final String MERGE_PATCH = "application/merge-patch+json";
    private static final int MAX_SEARCH_LENGTH = 500;
    /** Versions per page of a document's history: one edit each, so a page is real use for years. */
    private static final int MAX_REVISIONS = 500;

    private final DocumentUploadService uploads;
    private final DocumentQueryService queries;
    private final DocumentEditService edits;
    private final DocumentContentService contents;
    private final DownloadUrls downloadUrls;
    private final Caller caller;

    DocumentResource(DocumentUploadService uploads, DocumentQueryService queries, DocumentEditService edits,
                     DocumentContentService contents, DownloadUrls downloadUrls, Caller caller) {
        this.downloadUrls = downloadUrls;
        this.uploads = uploads;
        this.queries = queries;
        this.edits = edits;
        this.contents = contents;
        this.caller = caller;
    }

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Operation(summary = "Upload a document into one of the client's folders",
            description = "The server sets id, createdAt, the SHA-256, the size and the media type (sniffed from "
                    + "the bytes; the part's Content-Type is ignored). The same bytes for the same client are "
                    + "refused (409) unless allowDuplicate=true; the same counterparty, document number and gross "
                    + "amount is accepted and flagged with possibleDuplicateOf. The file is read: an e-invoice "
                    + "(UBL, CII, Factur-X/ZUGFeRD) fills the metadata the uploader left empty and, without a type, "
                    + "decides the folder (the client as buyer: purchase, as seller: sale); a bank statement "
                    + "(CAMT.053, CODA) is a movement report whose statements and entries are kept. What contradicts "
                    + "the file is kept and flagged (flags). Publishes kontor.document.created.v1 on "
                    + "kontor.documents.")
    @APIResponse(responseCode = "201", description = "Stored; Location names the new document",
            content = @Content(schema = @Schema(implementation = DocumentView.class)))
    @APIResponse(responseCode = "400", description = "No file part, an empty file, or an unknown type (the detail "
            + "lists the five)", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "The client already has this exact file (the detail names "
            + "it), or the client is archived", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "413", description = "The file is larger than the upload limit (25 MiB by default)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "A metadata part is invalid (`errors` lists each one), or no "
            + "type was given and the file does not decide one (`type-required`)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "429", description = "The firm uploads faster than the rate limit allows (100 at "
            + "once, then 5 per second by default, per replica); nothing was stored (`upload-rate-limited`)",
            headers = @Header(name = "Retry-After", description = "Seconds until the next upload is accepted",
                    schema = @Schema(implementation = Integer.class)),
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @UploadRateLimit
    public RestResponse<DocumentView> uploadDocument(@PathParam("clientId") UUID clientId, DocumentUploadForm form,
                                                     @Context UriInfo uri) {
        ParameterParser parts = new ParameterParser();
        if (form.file == null) {
            parts.reject("file", "is missing: send the document as a multipart part named 'file'");
        }
        // Absent: the file decides (an e-invoice naming the client, a bank statement), else 422 type-required.
        DocumentType type = parts.oneOf("type", form.type, DocumentType.class);
        Boolean allowDuplicate = parts.bool("allowDuplicate", form.allowDuplicate);
        parts.throwIfInvalid();
        DocumentDetails details = MetadataFields.parse(form.metadata());

        UploadCommand upload = new UploadCommand(new UploadedOriginal(form.file.uploadedFile(),
                form.file.fileName()), type, details, Boolean.TRUE.equals(allowDuplicate));
        DocumentView created = DocumentView.of(
                uploads.uploadDocument(caller.partnerId(), caller.userId(), clientId, upload));
        return RestResponse.ResponseBuilder
                .<DocumentView>created(uri.getAbsolutePathBuilder().path(created.id().toString()).build())
                .entity(created)
                .build();
    }

    @GET
    @Operation(summary = "List a folder (or all of the client's documents)",
            description = "Keyset-paginated: pass the returned nextCursor as cursor, with the same sort, for the next "
                    + "page. Pages never repeat a document and list every document stored before the first page "
                    + "exactly once; one stored while you page may be missed (follow kontor.documents to see every "
                    + "document). counts holds, for each "
                    + "of the five folders, how many documents match every other filter: the numbers on the tabs.")
    @APIResponse(responseCode = "200", description = "One page, and the per-folder counts",
            content = @Content(schema = @Schema(implementation = DocumentListView.class)))
    @APIResponse(responseCode = "400", description = "A parameter cannot be read (an unknown type or sort, a "
            + "malformed date or amount, a cursor this list did not return); `errors` lists each one",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "limit is out of range",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public DocumentListView listDocuments(
            @PathParam("clientId") UUID clientId,
            @Parameter(description = "The folder; absent for all five",
                    schema = @Schema(implementation = DocumentType.class)) @QueryParam("type") String type,
            @Parameter(description = "Issue date on or after (ISO date)") @QueryParam("issuedFrom") String issuedFrom,
            @Parameter(description = "Issue date on or before (ISO date)") @QueryParam("issuedTo") String issuedTo,
            @Parameter(description = "Stored at or after (ISO instant)") @QueryParam("createdFrom") String createdFrom,
            @Parameter(description = "Stored before (ISO instant)") @QueryParam("createdTo") String createdTo,
            @Parameter(description = "Text in the counterparty name or VAT number")
            @QueryParam("counterparty") String counterparty,
            @Parameter(description = "Gross amount at least") @QueryParam("amountFrom") String amountFrom,
            @Parameter(description = "Gross amount at most") @QueryParam("amountTo") String amountTo,
            @Parameter(description = "Text in the document number, counterparty name or VAT number, or file name")
            @QueryParam("q") String text,
            @Parameter(description = "createdAt, issueDate or grossAmount; a leading '-' sorts descending. Default "
                    + "-createdAt (newest first). Documents without an issue date or gross amount sort as the "
                    + "smallest.") @QueryParam("sort") String sort,
            @Parameter(description = "Page size, 1 to 200 (default 50)") @QueryParam("limit") String limit,
            @Parameter(description = "The nextCursor of the previous page") @QueryParam("cursor") String cursor) {
        ParameterParser parameters = new ParameterParser();
        DocumentFilter filter = new DocumentFilter(
                parameters.oneOf("type", type, DocumentType.class),
                parameters.date("issuedFrom", issuedFrom), parameters.date("issuedTo", issuedTo),
                parameters.instant("createdFrom", createdFrom), parameters.instant("createdTo", createdTo),
                parameters.text("counterparty", counterparty, MAX_SEARCH_LENGTH),
                parameters.decimal("amountFrom", amountFrom), parameters.decimal("amountTo", amountTo),
                parameters.text("q", text, MAX_SEARCH_LENGTH));
        DocumentSort order = parameters.oneOf("sort", sort, DocumentSort::byParameter,
                Arrays.stream(DocumentSort.values()).map(DocumentSort::parameter).toList());
        Integer pageSize = parameters.integer("limit", limit);
        String after = parameters.text("cursor", cursor, MAX_SEARCH_LENGTH);
        parameters.throwIfInvalid();
        return DocumentListView.of(queries.listDocuments(caller.partnerId(), clientId,
                new DocumentQuery(filter, order, pageSize, after)));
    }

    @GET
    @Path("/{documentId}")
    @Operation(summary = "Get one document")
    @APIResponse(responseCode = "200", description = "The document",
            content = @Content(schema = @Schema(implementation = DocumentView.class)))
    public DocumentView getDocument(@PathParam("clientId") UUID clientId,
                                    @PathParam("documentId") UUID documentId) {
        return DocumentView.of(queries.document(caller.partnerId(), clientId, documentId));
    }

    @PATCH
    @Path("/{documentId}")
    @Consumes({MERGE_PATCH, MediaType.APPLICATION_JSON})
    @Operation(summary = "Edit a document's metadata",
            description = "JSON Merge Patch (RFC 7396) of the metadata: a member sets that field, a member with "
                    + "null clears it, an absent member leaves it. Each edit that changes something is a new "
                    + "version (see /revisions) and publishes kontor.document.updated.v1. The original never "
                    + "changes.")
    @RequestBody(content = @Content(schema = @Schema(implementation = DocumentDetails.class)))
    @APIResponse(responseCode = "200", description = "The document after the edit",
            content = @Content(schema = @Schema(implementation = DocumentView.class)))
    @APIResponse(responseCode = "400", description = "The body is not a JSON object",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "The client is archived",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "A field is invalid or unknown; `errors` lists each one",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public DocumentView reviseDocument(@PathParam("clientId") UUID clientId,
                                       @PathParam("documentId") UUID documentId, JsonNode patch) {
        MetadataPatch edit = MetadataPatch.of(patch);
        return DocumentView.of(edits.reviseDocument(caller.partnerId(), caller.userId(), clientId, documentId,
                edit::applyTo));
    }

    @GET
    @Path("/{documentId}/revisions")
    @Operation(summary = "A document's metadata history", description = "Every version, oldest first: who, when, "
            + "which fields, and the complete metadata of that version. In pages of at most " + MAX_REVISIONS
            + " versions: when more follow, the Link header (rel=\"next\") names the next page, which is "
            + "afterVersion set to the last version of this one.")
    @APIResponse(responseCode = "200", description = "The versions",
            headers = @Header(name = "Link", description = "<…/revisions?afterVersion=N&limit=M>; rel=\"next\" "
                    + "while more versions follow"),
            content = @Content(schema = @Schema(implementation = DocumentRevisionView.class)))
    @APIResponse(responseCode = "400", description = "afterVersion or limit is not a whole number",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "limit is out of range",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public RestResponse<List<DocumentRevisionView>> documentHistory(
            @PathParam("clientId") UUID clientId, @PathParam("documentId") UUID documentId,
            @Parameter(description = "Only the versions after this one; default 0, from the first")
            @QueryParam("afterVersion") String afterVersion,
            @Parameter(description = "Versions per page, 1 to " + MAX_REVISIONS + " (default " + MAX_REVISIONS + ")")
            @QueryParam("limit") String limit,
            @Context UriInfo uri) {
        ParameterParser parameters = new ParameterParser();
        Integer after = parameters.integer("afterVersion", afterVersion);
        Integer size = parameters.integer("limit", limit);
        if (after != null && after < 0) {
            parameters.reject("afterVersion", "must be 0 or more");
        }
        parameters.throwIfInvalid();
        int pageSize = PageSize.of(size, MAX_REVISIONS, MAX_REVISIONS);
        List<DocumentRevision> found = queries.history(caller.partnerId(), clientId, documentId,
                after == null ? 0 : after, pageSize);
        List<DocumentRevisionView> page = found.stream().limit(pageSize).map(DocumentRevisionView::of).toList();
        RestResponse.ResponseBuilder<List<DocumentRevisionView>> response = RestResponse.ResponseBuilder.ok(page);
        if (found.size() > pageSize) {
            response.header("Link", "<" + uri.getAbsolutePathBuilder()
                    .queryParam("afterVersion", page.get(page.size() - 1).version())
                    .queryParam("limit", pageSize).build() + ">; rel=\"next\"");
        }
        return response.build();
    }

    @GET
    @Path("/{documentId}/content")
    @Produces(MediaType.WILDCARD)
    @Operation(summary = "Download the original", description = "The exact bytes that were uploaded, with their "
            + "sniffed Content-Type, Content-Length, Content-Disposition (attachment, with the uploaded file name) "
            + "and the SHA-256 as ETag and Repr-Digest.")
    @APIResponse(responseCode = "200", description = "The original",
            content = @Content(mediaType = MediaType.APPLICATION_OCTET_STREAM,
                    schema = @Schema(type = SchemaType.STRING,
                            format = "binary")))
    public Response downloadOriginal(@PathParam("clientId") UUID clientId,
                                     @PathParam("documentId") UUID documentId) {
        return OriginalResponses.of(contents.original(caller.partnerId(), clientId, documentId));
    }

    @POST
    @Path("/{documentId}/download-link")
    @Operation(summary = "Create a signed, expiring download link",
            description = "The link works without a token (for connectors and mail clients) until it expires. It "
                    + "cannot be revoked earlier: keep ttlSeconds short.")
    @APIResponse(responseCode = "201", description = "The link",
            content = @Content(schema = @Schema(implementation = DownloadLinkView.class)))
    @APIResponse(responseCode = "422", description = "ttlSeconds is out of range",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public RestResponse<DownloadLinkView> createDownloadLink(
            @PathParam("clientId") UUID clientId, @PathParam("documentId") UUID documentId,
            @Parameter(description = "Validity in seconds; default 900 (15 minutes), at most 604800 (7 days)")
            @QueryParam("ttlSeconds") String ttlSeconds,
            @Context UriInfo uri) {
        ParameterParser parameters = new ParameterParser();
        Integer seconds = parameters.integer("ttlSeconds", ttlSeconds);
        parameters.throwIfInvalid();
        DownloadLink link = contents.createDownloadLink(caller.partnerId(), clientId, documentId,
                seconds == null ? null : Duration.ofSeconds(seconds));
        return RestResponse.status(RestResponse.Status.CREATED,
                new DownloadLinkView(downloadUrls.of(uri, link.token()), link.expiresAt()));
    }

    private static String folders() {
        return String.join(", ", Arrays.stream(DocumentType.values()).map(Enum::name).toList());
    }
}
