package io.kontor.documents.api;

import io.kontor.testing.KontorTestEnvironment;
import io.kontor.testing.TestTokens;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.config.HttpClientConfig;
import io.restassured.config.MultiPartConfig;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import org.apache.http.entity.mime.HttpMultipartMode;
import org.junit.jupiter.api.Test;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static io.kontor.documents.api.DocumentApi.accountant;
import static io.kontor.documents.api.DocumentApi.as;
import static io.kontor.documents.api.DocumentApi.createClient;
import static io.kontor.documents.api.DocumentApi.documentsOf;
import static io.kontor.documents.api.DocumentApi.newPartner;
import static io.kontor.documents.api.DocumentApi.sample;
import static io.kontor.documents.api.DocumentApi.sha256;
import static io.kontor.documents.api.DocumentApi.upload;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

@QuarkusTest
@WithTestResource(KontorTestEnvironment.class)
class DocumentUploadTest {

    private record Folder(String type, String fileName, byte[] bytes, String mediaType) {
    }

    @Test
    void oneUploadPerFolderDownloadsByteIdenticalWithSniffedMediaType() throws IOException {
        String partner = newPartner();
        String clientId = createClient(partner);
        String token = accountant(partner);
        List<Folder> folders = List.of(
                new Folder("PURCHASE_INVOICE", "base-example.xml", sample("base-example.xml"), "application/xml"),
                // Named .txt and sent as text/plain: the bytes say PDF, and the bytes win.
                new Folder("SALES_INVOICE", "zugferd_invoice.txt", sample("zugferd_invoice.pdf"),
                        "application/pdf"),
                new Folder("PURCHASE_RECEIPT", "receipt.png", png(), "image/png"),
                new Folder("MOVEMENT_REPORT", "camt053.v2.minimal.xml", sample("camt053.v2.minimal.xml"),
                        "application/xml"),
                new Folder("OTHER", "coda.cod", sample("coda.cod"), "text/plain"));

        for (Folder folder : folders) {
            Instant before = Instant.now();
            Response created = upload(token, clientId, folder.type(), folder.fileName(), folder.bytes());

            created.then().statusCode(201)
                    .contentType(ContentType.JSON)
                    .header("Location", endsWith(documentsOf(clientId) + "/" + created.path("id")))
                    .body("clientId", equalTo(clientId))
                    .body("type", equalTo(folder.type()))
                    .body("fileName", equalTo(folder.fileName()))
                    .body("mediaType", equalTo(folder.mediaType()))
                    .body("sizeBytes", equalTo(folder.bytes().length))
                    .body("sha256", equalTo(sha256(folder.bytes())))
                    .body("createdBy", equalTo("user-anna"))
                    .body("version", equalTo(1))
                    .body("possibleDuplicateOf", nullValue());
            assertThat(Instant.parse(created.path("createdAt"))).isAfterOrEqualTo(before.minusSeconds(1));

            Response content = given().auth().oauth2(token).get(created.header("Location") + "/content");
            content.then().statusCode(200)
                    .header("Content-Type", startsWith(folder.mediaType()))
                    .header("Content-Length", equalTo(Integer.toString(folder.bytes().length)))
                    .header("Content-Disposition", startsWith("attachment; filename=\"" + folder.fileName() + "\""))
                    .header("ETag", equalTo("\"" + sha256(folder.bytes()) + "\""));
            assertThat(sha256(content.asByteArray())).isEqualTo(sha256(folder.bytes()));
        }

        as(token).get(documentsOf(clientId)).then().statusCode(200)
                .body("items", hasSize(5))
                .body("counts.PURCHASE_INVOICE", equalTo(1))
                .body("counts.SALES_INVOICE", equalTo(1))
                .body("counts.PURCHASE_RECEIPT", equalTo(1))
                .body("counts.MOVEMENT_REPORT", equalTo(1))
                .body("counts.OTHER", equalTo(1));
    }

    @Test
    void anOriginalOfSeveralSlicesStreamsBackByteIdentical() {
        String partner = newPartner();
        String clientId = createClient(partner);
        byte[] bytes = new byte[5 * 1024 * 1024 + 12_345];
        new Random(42).nextBytes(bytes);

        // Browsers send non-ASCII file names as UTF-8; RestAssured's strict default would turn them into '?'.
        Response created = as(accountant(partner))
                .config(RestAssured.config()
                        .multiPartConfig(MultiPartConfig.multiPartConfig().defaultCharset(StandardCharsets.UTF_8))
                        .httpClient(HttpClientConfig.httpClientConfig()
                                .httpMultipartMode(HttpMultipartMode.BROWSER_COMPATIBLE)))
                .multiPart("file", "Kontoauszüge März.bin", bytes, "application/pdf")
                .multiPart("type", "OTHER")
                .post(documentsOf(clientId));
        created.then().statusCode(201)
                .body("mediaType", equalTo("application/octet-stream"))
                .body("fileName", equalTo("Kontoauszüge März.bin"));

        Response content = given().auth().oauth2(accountant(partner)).get(created.header("Location") + "/content");
        content.then().statusCode(200)
                .header("Content-Length", equalTo(Integer.toString(bytes.length)))
                .header("Content-Disposition", endsWith("filename*=UTF-8''Kontoausz%C3%BCge%20M%C3%A4rz.bin"));
        assertThat(content.asByteArray()).isEqualTo(bytes);
    }

    @Test
    void metadataIsStoredAndEveryChangingEditIsAVersion() {
        String partner = newPartner();
        String clientId = createClient(partner);
        Response created = upload(accountant(partner), clientId, "PURCHASE_INVOICE", "invoice.xml",
                DocumentApi.uniqueBytes("invoice"), Map.of("documentNumber", " INV-2026-001 ",
                        "issueDate", "2026-01-14", "dueDate", "2026-02-13", "counterpartyName", "Molen Meel NV",
                        "counterpartyVat", "be 0123.456.749", "currency", "EUR", "netAmount", "100",
                        "taxAmount", "21.0", "grossAmount", "121.00", "note", "flour, January"));
        created.then().statusCode(201)
                .body("metadata.documentNumber", equalTo("INV-2026-001"))
                .body("metadata.issueDate", equalTo("2026-01-14"))
                .body("metadata.counterpartyVat", equalTo("BE0123456749"))
                .body("metadata.netAmount", equalTo(100.00f))
                .body("metadata.grossAmount", equalTo(121.00f));
        String document = created.header("Location");

        String bert = TestTokens.tokenForUser(partner, "user-bert", "partner-admin");
        as(bert).contentType("application/merge-patch+json")
                .body(Map.of("dueDate", "2026-02-28", "note", "flour, January; paid"))
                .patch(document)
                .then().statusCode(200)
                .body("version", equalTo(2))
                .body("updatedBy", equalTo("user-bert"))
                .body("metadata.dueDate", equalTo("2026-02-28"))
                .body("metadata.note", equalTo("flour, January; paid"))
                .body("metadata.documentNumber", equalTo("INV-2026-001"));
        // The same values again change nothing: no new version.
        as(bert).contentType(ContentType.JSON).body(Map.of("dueDate", "2026-02-28"))
                .patch(document)
                .then().statusCode(200).body("version", equalTo(2));
        // null clears a field.
        as(accountant(partner)).contentType(ContentType.JSON).body("{\"note\": null, \"grossAmount\": 121.5}")
                .patch(document)
                .then().statusCode(200)
                .body("version", equalTo(3))
                .body("metadata.note", nullValue())
                .body("metadata.grossAmount", equalTo(121.5f));

        as(accountant(partner)).get(document + "/revisions").then().statusCode(200)
                .body("version", contains(1, 2, 3))
                .body("changedBy", contains("user-anna", "user-bert", "user-anna"))
                .body("[1].changedFields", contains("dueDate", "note"))
                .body("[2].changedFields", contains("grossAmount", "note"))
                .body("[0].metadata.note", equalTo("flour, January"))
                .body("[2].metadata.dueDate", equalTo("2026-02-28"));
        // The original is untouched by edits.
        as(accountant(partner)).get(document).then().body("sha256", equalTo(created.path("sha256")));
    }

    @Test
    void aLongHistoryComesInPagesEachNamingTheNextInItsLinkHeader() {
        String partner = newPartner();
        String clientId = createClient(partner);
        String document = upload(accountant(partner), clientId, "OTHER", "a.txt", DocumentApi.uniqueBytes("a"))
                .then().statusCode(201).extract().header("Location");
        for (int i = 1; i <= 4; i++) {
            as(accountant(partner)).contentType(ContentType.JSON).body(Map.of("note", "edit " + i)).patch(document)
                    .then().statusCode(200);
        }

        Response first = as(accountant(partner)).queryParam("limit", 2).get(document + "/revisions");
        first.then().statusCode(200).body("version", contains(1, 2));
        String next = first.header("Link");
        assertThat(next).endsWith("/revisions?afterVersion=2&limit=2>; rel=\"next\"");
        Response second = as(accountant(partner)).get(next.substring(1, next.indexOf('>')));
        second.then().statusCode(200).body("version", contains(3, 4));
        Response last = as(accountant(partner)).get(second.header("Link").substring(1,
                second.header("Link").indexOf('>')));
        last.then().statusCode(200).body("version", contains(5));
        assertThat(last.header("Link")).isNull();
        as(accountant(partner)).queryParam("limit", 501).get(document + "/revisions").then().statusCode(422);
        as(accountant(partner)).queryParam("afterVersion", -1).get(document + "/revisions").then().statusCode(400)
                .contentType("application/problem+json");
    }

    @Test
    void aSignedLinkDownloadsWithoutATokenUntilItExpires() throws InterruptedException {
        String partner = newPartner();
        String clientId = createClient(partner);
        byte[] bytes = sample("base-example.xml");
        String document = upload(accountant(partner), clientId, "PURCHASE_INVOICE", "base-example.xml", bytes)
                .then().statusCode(201).extract().header("Location");

        Response link = as(accountant(partner)).post(document + "/download-link");
        link.then().statusCode(201);
        String url = link.path("url");
        assertThat(url).contains("/api/v1/downloads/");
        assertThat(Instant.parse(link.path("expiresAt")))
                .isBetween(Instant.now().plusSeconds(800), Instant.now().plusSeconds(901));

        Response content = given().get(url);
        content.then().statusCode(200)
                .header("Content-Type", startsWith("application/xml"))
                .header("Content-Length", equalTo(Integer.toString(bytes.length)));
        assertThat(content.asByteArray()).isEqualTo(bytes);

        String tampered = url.substring(0, url.length() - 2) + (url.endsWith("AA") ? "AB" : "AA");
        given().get(tampered).then().statusCode(403)
                .contentType("application/problem+json")
                .body("type", endsWith("/invalid-download-link"));

        Response shortLived = as(accountant(partner)).queryParam("ttlSeconds", 1).post(document + "/download-link");
        Instant expiresAt = Instant.parse(shortLived.path("expiresAt"));
        while (!Instant.now().isAfter(expiresAt)) {
            Thread.sleep(100);
        }
        given().get(shortLived.<String>path("url")).then().statusCode(410)
                .contentType("application/problem+json")
                .body("type", endsWith("/download-link-expired"));
    }

    private static byte[] png() throws IOException {
        BufferedImage image = new BufferedImage(4, 4, BufferedImage.TYPE_INT_RGB);
        image.setRGB(1, 1, 0xFF0000);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }
}
