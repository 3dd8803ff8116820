package io.kontor.documents.api;

import io.kontor.testing.KontorTestEnvironment;
import io.kontor.testing.TestTokens;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import static io.kontor.documents.api.DocumentApi.accountant;
import static io.kontor.documents.api.DocumentApi.as;
import static io.kontor.documents.api.DocumentApi.createClient;
import static io.kontor.documents.api.DocumentApi.documentsOf;
import static io.kontor.documents.api.DocumentApi.newPartner;
import static io.kontor.documents.api.DocumentApi.sample;
import static io.kontor.documents.api.DocumentApi.upload;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

/** Uploads are read (issue 7): e-invoices fill the metadata and decide the folder, statements are kept. */
@QuarkusTest
@WithTestResource(KontorTestEnvironment.class)
class DocumentIntakeTest {

    private static final String CLIENT_VAT = "BE0123456749";

    /** A UBL 2.1 invoice from Molen Meel to the buyer named, as small as Peppol allows for these tests. */
    private static byte[] ublInvoice(String number, String sellerVat, String buyerVat) {
        return ("""
                <?xml version="1.0" encoding="UTF-8"?>
                <Invoice xmlns="urn:oasis:names:specification:ubl:schema:xsd:Invoice-2"
                         xmlns:cac="urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2"
                         xmlns:cbc="urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2">
                  <cbc:CustomizationID>urn:cen.eu:en16931:2017#compliant#urn:fdc:peppol.eu:2017:poacc:billing:3.0</cbc:CustomizationID>
                  <cbc:ID>%s</cbc:ID>
                  <cbc:IssueDate>2026-01-14</cbc:IssueDate>
                  <cbc:DueDate>2026-02-13</cbc:DueDate>
                  <cbc:InvoiceTypeCode>380</cbc:InvoiceTypeCode>
                  <cbc:DocumentCurrencyCode>EUR</cbc:DocumentCurrencyCode>
                  <cbc:BuyerReference>PO-77</cbc:BuyerReference>
                  <cac:AccountingSupplierParty><cac:Party>
                    <cac:PartyTaxScheme><cbc:CompanyID>%s</cbc:CompanyID><cac:TaxScheme><cbc:ID>VAT</cbc:ID></cac:TaxScheme></cac:PartyTaxScheme>
                    <cac:PartyLegalEntity><cbc:RegistrationName>Molen Meel NV</cbc:RegistrationName></cac:PartyLegalEntity>
                  </cac:Party></cac:AccountingSupplierParty>
                  <cac:AccountingCustomerParty><cac:Party>
                    <cac:PartyTaxScheme><cbc:CompanyID>%s</cbc:CompanyID><cac:TaxScheme><cbc:ID>VAT</cbc:ID></cac:TaxScheme></cac:PartyTaxScheme>
                    <cac:PartyLegalEntity><cbc:RegistrationName>Bakkerij Janssens BV</cbc:RegistrationName></cac:PartyLegalEntity>
                  </cac:Party></cac:AccountingCustomerParty>
                  <cac:TaxTotal><cbc:TaxAmount currencyID="EUR">21.00</cbc:TaxAmount></cac:TaxTotal>
                  <cac:LegalMonetaryTotal>
                    <cbc:LineExtensionAmount currencyID="EUR">100.00</cbc:LineExtensionAmount>
                    <cbc:TaxExclusiveAmount currencyID="EUR">100.00</cbc:TaxExclusiveAmount>
                    <cbc:TaxInclusiveAmount currencyID="EUR">121.00</cbc:TaxInclusiveAmount>
                    <cbc:PayableAmount currencyID="EUR">121.00</cbc:PayableAmount>
                  </cac:LegalMonetaryTotal>
                </Invoice>
                """.formatted(number, sellerVat, buyerVat)).getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void anEInvoiceToTheClientNeedsNoTypeAndFillsTheMetadata() {
        String partner = newPartner();
        String clientId = createClient(partner);
        String token = accountant(partner);

        upload(token, clientId, null, "invoice.xml", ublInvoice("2026-001", "NL123456789B01", CLIENT_VAT))
                .then().statusCode(201)
                .body("type", equalTo("PURCHASE_INVOICE"))
                .body("format", equalTo("UBL_INVOICE"))
                .body("metadata.documentNumber", equalTo("2026-001"))
                .body("metadata.issueDate", equalTo("2026-01-14"))
                .body("metadata.dueDate", equalTo("2026-02-13"))
                .body("metadata.counterpartyName", equalTo("Molen Meel NV"))
                .body("metadata.counterpartyVat", equalTo("NL123456789B01"))
                .body("metadata.grossAmount", equalTo(121.00f))
                .body("invoice.buyer.vatId", equalTo(CLIENT_VAT))
                .body("invoice.buyerReference", equalTo("PO-77"))
                .body("flags", empty());
        upload(token, clientId, null, "sale.xml", ublInvoice("2026-002", CLIENT_VAT, "NL123456789B01"))
                .then().statusCode(201)
                .body("type", equalTo("SALES_INVOICE"))
                .body("metadata.counterpartyName", equalTo("Bakkerij Janssens BV"));
    }

    @Test
    void whatContradictsTheFileIsKeptAndFlagged() {
        String partner = newPartner();
        String clientId = createClient(partner);

        upload(accountant(partner), clientId, "SALES_INVOICE", "invoice.xml",
                ublInvoice("2026-003", "NL123456789B01", CLIENT_VAT), Map.of("grossAmount", "12.10"))
                .then().statusCode(201)
                .body("type", equalTo("SALES_INVOICE"))
                .body("metadata.grossAmount", equalTo(12.10f))
                .body("metadata.documentNumber", equalTo("2026-003"))
                .body("flags.code", contains("type-contradicts-file", "field-contradicts-file"))
                .body("flags[1].message", containsString("121"));
    }

    @Test
    void aFileThatDecidesNoFolderNeedsAType() {
        String partner = newPartner();
        String clientId = createClient(partner);

        upload(accountant(partner), clientId, null, "notes.pdf", "%PDF-1.4\n%%EOF\n".getBytes(StandardCharsets.UTF_8))
                .then().statusCode(422)
                .contentType("application/problem+json")
                .body("type", equalTo("https://kontor.dev/problems/type-required"))
                .body("errors[0].field", equalTo("type"));
        as(accountant(partner)).get(documentsOf(clientId)).then().statusCode(200).body("items", empty());
    }

    @Test
    void aBankStatementIsAMovementReportWhoseStatementsAndEntriesCanBeRead() {
        String partner = newPartner();
        String clientId = createClient(partner);
        String token = accountant(partner);

        Response uploaded = upload(token, clientId, null, "camt053.xml", sample("camt053.v2.minimal.xml"));
        uploaded.then().statusCode(201)
                .body("type", equalTo("MOVEMENT_REPORT"))
                .body("format", equalTo("CAMT053"))
                .body("invoice", nullValue());
        String documentId = uploaded.path("id");

        as(token).get(documentsOf(clientId) + "/" + documentId + "/statements").then().statusCode(200)
                .body("$", hasSize(1))
                .body("[0].position", equalTo(0));
        as(token).get(documentsOf(clientId) + "/" + documentId + "/statements/0").then().statusCode(200)
                .body("statement.position", equalTo(0));
        as(token).get(documentsOf(clientId) + "/" + documentId + "/statements/7").then().statusCode(404)
                .body("type", equalTo("https://kontor.dev/problems/statement-not-found"));
        as(token).get("/api/v1/clients/" + clientId + "/statement-gaps").then().statusCode(200).body("$", empty());
        as(TestTokens.partnerAdmin(newPartner())).get(documentsOf(clientId) + "/" + documentId + "/statements")
                .then().statusCode(404);
    }

    @Test
    void hostileXmlIsStoredUnderTheGivenTypeAndFlaggedNeverParsed() {
        String partner = newPartner();
        String clientId = createClient(partner);
        byte[] xxe = """
                <?xml version="1.0"?><!DOCTYPE x [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
                <Invoice xmlns="urn:oasis:names:specification:ubl:schema:xsd:Invoice-2">&xxe;</Invoice>
                """.getBytes(StandardCharsets.UTF_8);

        upload(accountant(partner), clientId, "OTHER", "evil.xml", xxe)
                .then().statusCode(201)
                .body("metadata.documentNumber", nullValue())
                .body("flags", hasSize(1));
        upload(accountant(partner), clientId, null, "evil2.xml", (new String(xxe, StandardCharsets.UTF_8) + " ")
                .getBytes(StandardCharsets.UTF_8))
                .then().statusCode(422)
                .body("type", equalTo("https://kontor.dev/problems/type-required"));
    }
}
