package io.kontor.documents.api;

import io.kontor.documents.service.StatementQueryService;
import io.kontor.problem.Problem;
import io.kontor.tenancy.AssignedClients;
import io.kontor.tenancy.Caller;
import io.kontor.tenancy.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;
import java.util.UUID;

@Path("/api/v1/clients/{clientId}")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.PARTNER_ADMIN, Roles.ACCOUNTANT})
@AssignedClients
@APIResponse(responseCode = "403", description = "The caller's role may not, or the client is not assigned to the "
        + "accountant calling", content = @Content(mediaType = Problem.MEDIA_TYPE,
        schema = @Schema(implementation = Problem.class)))
@Tag(name = "Bank statements", description = "What CAMT.053 and CODA files say: statements, entries, gaps")
@APIResponse(responseCode = "404", description = "No such client, document or statement in the caller's firm",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class StatementResource {

    private final StatementQueryService statements;
    private final Caller caller;

    public StatementResource(StatementQueryService statements, Caller caller) {
        this.statements = statements;
        this.caller = caller;
    }

    @GET
    @Path("/documents/{documentId}/statements")
    @Operation(summary = "The statements read from a bank statement file",
            description = "Empty for a document that is no bank statement, or one that could not be read (its flags "
                    + "say why). Not paginated: at most " + StatementQueryService.MAX_LISTED + " statements, the "
                    + "first in the file; any further one is read by its position.")
    @APIResponse(responseCode = "200", description = "The statements, in the file's order, without their entries",
            content = @Content(schema = @Schema(implementation = StatementView.class)))
    public List<StatementView> listStatements(@PathParam("clientId") UUID clientId,
                                              @PathParam("documentId") UUID documentId) {
        return statements.statementsOf(caller.partnerId(), clientId, documentId).stream()
                .map(StatementView::of).toList();
    }

    @GET
    @Path("/documents/{documentId}/statements/{position}")
    @Operation(summary = "One statement with all its entries")
    @APIResponse(responseCode = "200", description = "The statement and its entries",
            content = @Content(schema = @Schema(implementation = StatementDetailView.class)))
    public StatementDetailView getStatement(@PathParam("clientId") UUID clientId,
                                            @PathParam("documentId") UUID documentId,
                                            @PathParam("position") int position) {
        return StatementDetailView.of(statements.statement(caller.partnerId(), clientId, documentId, position));
    }

    @GET
    @Path("/statement-gaps")
    @Operation(summary = "Missing bank statements",
            description = "Per account (IBAN), the runs of statement sequence numbers missing between statements "
                    + "the client has uploaded: the statements to ask the client (or the bank) for. Not paginated: "
                    + "at most " + StatementQueryService.MAX_LISTED + " gaps, by account and number.")
    @APIResponse(responseCode = "200", description = "Accounts with a gap; empty when none has one",
            content = @Content(schema = @Schema(implementation = StatementGapView.class)))
    public List<StatementGapView> listStatementGaps(@PathParam("clientId") UUID clientId) {
        return statements.gaps(caller.partnerId(), clientId).stream().map(StatementGapView::of).toList();
    }
}
