package io.kontor.documents.api;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

import java.util.HashMap;
import java.util.Map;

/** The parts of an upload. Everything arrives as text and is read by the resource, which names what is wrong. */
@Schema(name = "DocumentUpload")
public class DocumentUploadForm {

    @RestForm("file")
    @Schema(type = SchemaType.STRING, format = "binary",
            description = "The original, byte for byte (at most the configured limit, 25 MiB by default)")
    public FileUpload file;

    @RestForm
    @Schema(description = "The folder; may be left out when the file decides it (an e-invoice naming the client as "
            + "buyer or seller, a bank statement)", enumeration = {"PURCHASE_INVOICE", "SALES_INVOICE",
            "PURCHASE_RECEIPT", "MOVEMENT_REPORT", "OTHER"})
    public String type;

    @RestForm
    @Schema(description = "true stores the file even if the client already has one with the same bytes")
    public String allowDuplicate;

    @RestForm
    @Schema(description = "Invoice or receipt number", maxLength = 100)
    public String documentNumber;

    @RestForm
    @Schema(description = "ISO date", format = "date")
    public String issueDate;

    @RestForm
    @Schema(description = "ISO date, not before issueDate", format = "date")
    public String dueDate;

    @RestForm
    @Schema(maxLength = 200)
    public String counterpartyName;

    @RestForm
    @Schema(description = "VAT number with its two-letter prefix")
    public String counterpartyVat;

    @RestForm
    @Schema(description = "ISO 4217 code", examples = "EUR")
    public String currency;

    @RestForm
    @Schema(description = "Decimal with a point, at most 4 decimals", examples = "100.00")
    public String netAmount;

    @RestForm
    @Schema(examples = "21.00")
    public String taxAmount;

    @RestForm
    @Schema(examples = "121.00")
    public String grossAmount;

    @RestForm
    @Schema(maxLength = 2000)
    public String note;

    Map<String, String> metadata() {
        Map<String, String> values = new HashMap<>();
        values.put("documentNumber", documentNumber);
        values.put("issueDate", issueDate);
        values.put("dueDate", dueDate);
        values.put("counterpartyName", counterpartyName);
        values.put("counterpartyVat", counterpartyVat);
        values.put("currency", currency);
        values.put("netAmount", netAmount);
        values.put("taxAmount", taxAmount);
        values.put("grossAmount", grossAmount);
        values.put("note", note);
        return values;
    }
}
