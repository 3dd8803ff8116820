package io.kontor.documents.api;

import io.kontor.testing.KontorTestEnvironment;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static io.kontor.documents.api.DocumentApi.accountant;
import static io.kontor.documents.api.DocumentApi.as;
import static io.kontor.documents.api.DocumentApi.createClient;
import static io.kontor.documents.api.DocumentApi.documentsOf;
import static io.kontor.documents.api.DocumentApi.newPartner;
import static io.kontor.documents.api.DocumentApi.sample;
import static io.kontor.documents.api.DocumentApi.uniqueBytes;
import static io.kontor.documents.api.DocumentApi.upload;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

@QuarkusTest
@WithTestResource(KontorTestEnvironment.class)
class DocumentDuplicatesTest {

    @Test
    void theSameBytesForTheSameClientAreRefusedNamingTheExistingDocument() {
        String partner = newPartner();
        String clientId = createClient(partner);
        byte[] pdf = sample("zugferd_invoice.pdf");
        String existing = upload(accountant(partner), clientId, "SALES_INVOICE", "invoice.pdf", pdf)
                .then().statusCode(201).extract().path("id");

        // Another name and another folder do not make it another document.
        upload(accountant(partner), clientId, "OTHER", "copy of invoice.pdf", pdf)
                .then().statusCode(409)
                .contentType("application/problem+json")
                .body("type", endsWith("/duplicate-document"))
                .body("status", equalTo(409))
                .body("detail", containsString(existing))
                .body("detail", containsString("allowDuplicate=true"));

        as(accountant(partner)).get(documentsOf(clientId)).then().body("counts.OTHER", equalTo(0));
    }

    @Test
    void allowDuplicateStoresASecondCopyAndOtherClientsAreUnaffected() {
        String partner = newPartner();
        String clientId = createClient(partner);
        byte[] bytes = uniqueBytes("scan");
        upload(accountant(partner), clientId, "PURCHASE_RECEIPT", "scan.txt", bytes).then().statusCode(201);

        upload(accountant(partner), clientId, "PURCHASE_RECEIPT", "scan.txt", bytes,
                Map.of("allowDuplicate", "true"))
                .then().statusCode(201);
        upload(accountant(partner), createClient(partner), "PURCHASE_RECEIPT", "scan.txt", bytes)
                .then().statusCode(201);

        as(accountant(partner)).get(documentsOf(clientId)).then().body("counts.PURCHASE_RECEIPT", equalTo(2));
    }

    @Test
    void theSameCounterpartyNumberAndAmountIsAcceptedButFlagged() {
        String partner = newPartner();
        String clientId = createClient(partner);
        Map<String, String> invoice = Map.of("documentNumber", "F-2026-0042", "counterpartyName", "Molen Meel NV",
                "counterpartyVat", "BE0123456749", "grossAmount", "121.00");
        String original = upload(accountant(partner), clientId, "PURCHASE_INVOICE", "scan-1.pdf",
                uniqueBytes("first scan"), invoice)
                .then().statusCode(201).body("possibleDuplicateOf", nullValue()).extract().path("id");

        // A second scan of the same paper invoice: other bytes, same facts (number case and amount scale differ).
        upload(accountant(partner), clientId, "PURCHASE_INVOICE", "scan-2.pdf", uniqueBytes("second scan"),
                Map.of("documentNumber", "f-2026-0042", "counterpartyVat", "BE 0123.456.749", "grossAmount", "121"))
                .then().statusCode(201)
                .body("possibleDuplicateOf", equalTo(original));

        // Another amount is another invoice.
        Response other = upload(accountant(partner), clientId, "PURCHASE_INVOICE", "scan-3.pdf",
                uniqueBytes("third"), Map.of("documentNumber", "F-2026-0042", "counterpartyName", "Molen Meel NV",
                        "grossAmount", "99.00"));
        other.then().statusCode(201).body("possibleDuplicateOf", nullValue());

        // Correcting its amount to the original's makes it a possible duplicate; correcting it back clears the flag.
        as(accountant(partner)).contentType(ContentType.JSON).body(Map.of("grossAmount", "121.00"))
                .patch(other.header("Location"))
                .then().statusCode(200).body("possibleDuplicateOf", equalTo(original));
        as(accountant(partner)).contentType(ContentType.JSON).body(Map.of("grossAmount", "99.00"))
                .patch(other.header("Location"))
                .then().statusCode(200).body("possibleDuplicateOf", nullValue());

        // The original never points at its later copies.
        as(accountant(partner)).get(documentsOf(clientId) + "/" + original)
                .then().body("possibleDuplicateOf", nullValue());
    }
}
