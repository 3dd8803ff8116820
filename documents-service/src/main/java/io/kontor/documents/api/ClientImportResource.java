package io.kontor.documents.api;

import io.kontor.documents.service.ClientImportService;
import io.kontor.problem.Problem;
import io.kontor.tenancy.Caller;
import io.kontor.tenancy.Roles;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;

/** Bulk import of the firm's client list from a CSV file (issue 3); the format is in docs/client-import.md. */
@Path("/api/v1/clients/import")
@Authenticated
@Tag(name = "Clients", description = "The firm's client directory")
public class ClientImportResource {

    static final String TEXT_CSV = "text/csv";
    static final String APPLICATION_CSV = "application/csv";

    private final ClientImportService imports;
    private final Caller caller;

    ClientImportResource(ClientImportService imports, Caller caller) {
        this.imports = imports;
        this.caller = caller;
    }

    @POST
    @Consumes({TEXT_CSV, APPLICATION_CSV})
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.PARTNER_ADMIN, Roles.CLIENT_MANAGER})
    @Operation(summary = "Import clients from a CSV file",
            description = "All or nothing: every row is checked like the body of POST /clients, a VAT number may "
                    + "appear once in the file and must not belong to an active client already. If any row fails, "
                    + "nothing is created and the 422 lists every invalid row. Otherwise every client is created "
                    + "in one transaction and each one publishes kontor.client.created.v1 on kontor.clients. "
                    + "Header row required; columns name, vatNumber, country (required), companyNumber, "
                    + "externalReference, accountantIds (ids separated by |), in any case and order; ',' or ';' as "
                    + "delimiter; UTF-8 unless the Content-Type names a charset.")
    @RequestBody(required = true, content = {
            @Content(mediaType = TEXT_CSV, schema = @Schema(type = SchemaType.STRING),
                    examples = @ExampleObject(name = "semicolons", value = """
                            name;vatNumber;country;companyNumber;externalReference;accountantIds
                            Bakkerij Janssens BV;BE 0403.170.701;BE;0403170701;CRM-0042;user-anna|user-bert
                            "Smit & Zonen; Loodgieters";NL123456789B01;NL;;CRM-0043;
                            """)),
            @Content(mediaType = APPLICATION_CSV, schema = @Schema(type = SchemaType.STRING))})
    @APIResponse(responseCode = "201", description = "Every row was imported",
            content = @Content(schema = @Schema(implementation = ClientImportReport.class)))
    @APIResponse(responseCode = "200", description = "Dry run: every row is valid; nothing was written",
            content = @Content(schema = @Schema(implementation = ClientImportReport.class)))
    @APIResponse(responseCode = "400", description = "The body is not CSV text (an unclosed quote, bytes that are "
            + "not valid in the declared charset); the detail names the line",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "413", description = "More rows than one import takes "
            + "(kontor.documents.clients.import-max-rows, default 10,000), or a body over the size limit",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "415", description = "Not text/csv or application/csv, or an unknown charset",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "Invalid rows (listed in `rows`; nothing was imported), or a "
            + "header with unknown, missing or repeated columns (listed in `errors`), or no rows at all",
            content = @Content(mediaType = Problem.MEDIA_TYPE,
                    schema = @Schema(implementation = ClientImportProblem.class)))
    public RestResponse<ClientImportReport> importClients(
            byte[] csv,
            @Parameter(description = "true: check every row and report, write nothing")
            @QueryParam("dryRun") @DefaultValue("false") boolean dryRun,
            @Context HttpHeaders headers) {
        byte[] content = csv == null ? new byte[0] : csv;
        ClientImportReport report = ClientImportReport.of(
                imports.importClients(caller.partnerId(), content, charset(headers.getMediaType()), dryRun));
        return dryRun ? RestResponse.ok(report) : RestResponse.status(RestResponse.Status.CREATED, report);
    }

    /** UTF-8 unless the sender names another encoding (Excel's plain "CSV" is Windows-1252, say). */
    private static Charset charset(MediaType type) {
        String name = type == null ? null : type.getParameters().get(MediaType.CHARSET_PARAMETER);
        if (name == null || name.isBlank()) {
            return StandardCharsets.UTF_8;
        }
        try {
            return Charset.forName(name.strip());
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            throw new NotSupportedException("unknown charset " + name);
        }
    }
}
