package io.kontor.store.api;

import io.kontor.testing.KontorTestEnvironment;
import io.kontor.testing.TestTokens;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

@QuarkusTest
@WithTestResource(KontorTestEnvironment.class)
class ExtensionResourceTest {

    private static final List<String> ALL_TYPES =
            List.of("PURCHASE_INVOICE", "SALES_INVOICE", "PURCHASE_RECEIPT", "MOVEMENT_REPORT", "OTHER");

    @Test
    void theCatalogOffersTheGenericWebhookToPartnerAdminsAndAccountants() {
        as(TestTokens.token("partner-x", "client-manager")).get("/api/v1/extensions").then().statusCode(403);
        for (String role : List.of("partner-admin", "accountant")) {
            as(TestTokens.token("partner-x", role)).get("/api/v1/extensions")
                    .then().statusCode(200)
                    .contentType(ContentType.JSON)
                    .body("items.key", hasItem("generic-webhook"))
                    .body("items.find { it.key == 'generic-webhook' }.category", equalTo("GENERIC"))
                    .body("items.find { it.key == 'generic-webhook' }.channel", equalTo("WEBHOOK"))
                    .body("items.find { it.key == 'generic-webhook' }.documentTypes", equalTo(ALL_TYPES))
                    .body("items.find { it.key == 'generic-webhook' }.multipleInstallations", equalTo(true))
                    // The list stays light: schemas come with the single extension.
                    .body("items.find { it.key == 'generic-webhook' }.clientSettingsSchema", nullValue());
        }
    }

    @Test
    void filtersNarrowTheCatalog() {
        RequestSpecification admin = as(TestTokens.partnerAdmin("partner-x"));
        admin.queryParam("category", "GENERIC").queryParam("channel", "WEBHOOK")
                .queryParam("documentType", "MOVEMENT_REPORT").queryParam("q", "WEBHOOK")
                .get("/api/v1/extensions")
                .then().statusCode(200).body("items.key", hasItem("generic-webhook"));
        as(TestTokens.partnerAdmin("partner-x")).queryParam("category", "generic").get("/api/v1/extensions")
                .then().statusCode(200).body("items.key", hasItem("generic-webhook"));
        as(TestTokens.partnerAdmin("partner-x")).queryParam("category", "ACCOUNTING_PACKAGE")
                .get("/api/v1/extensions")
                .then().statusCode(200).body("items.key", not(hasItem("generic-webhook")));
        as(TestTokens.partnerAdmin("partner-x")).queryParam("channel", "EMAIL").get("/api/v1/extensions")
                .then().statusCode(200).body("items.key", not(hasItem("generic-webhook")));
        as(TestTokens.partnerAdmin("partner-x")).queryParam("q", "no such thing anywhere")
                .get("/api/v1/extensions")
                .then().statusCode(200).body("items", empty());
    }

    @Test
    void unknownFilterValuesAreRefusedWithTheValuesThatExist() {
        as(TestTokens.partnerAdmin("partner-x"))
                .queryParam("category", "CRM").queryParam("documentType", "INVOICE")
                .get("/api/v1/extensions")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("status", equalTo(400))
                .body("type", equalTo("https://kontor.dev/problems/invalid-parameters"))
                .body("errors.field", containsInAnyOrder("category", "documentType"))
                .body("errors.find { it.field == 'category' }.message",
                        equalTo("must be one of ACCOUNTING_PACKAGE, ARCHIVE, GENERIC"));
    }

    @Test
    void anExtensionComesWithBothSettingsSchemas() {
        as(TestTokens.token("partner-x", "accountant")).get("/api/v1/extensions/generic-webhook")
                .then().statusCode(200)
                .body("key", equalTo("generic-webhook"))
                .body("name", equalTo("Generic webhook"))
                .body("partnerSettingsSchema.type", equalTo("object"))
                .body("partnerSettingsSchema.required", nullValue())
                .body("partnerSettingsSchema.additionalProperties", equalTo(false))
                .body("clientSettingsSchema.type", equalTo("object"))
                .body("clientSettingsSchema.required", equalTo(List.of("url")))
                .body("clientSettingsSchema.properties.url.type", equalTo("string"))
                .body("clientSettingsSchema.properties.url.format", equalTo("uri"));
    }

    @Test
    void anUnknownExtensionIsA404Problem() {
        as(TestTokens.partnerAdmin("partner-x")).get("/api/v1/extensions/no-such-extension")
                .then().statusCode(404)
                .contentType("application/problem+json")
                .body("type", endsWith("/extension-not-found"))
                .body("status", equalTo(404))
                .body("detail", startsWith("The catalog has no extension 'no-such-extension'"));
    }

    @Test
    void browsingNeedsAValidTokenWithAKontorRole() {
        given().get("/api/v1/extensions").then().statusCode(401).contentType("application/problem+json")
                .body("status", equalTo(401));
        given().get("/api/v1/extensions/generic-webhook").then().statusCode(401)
                .contentType("application/problem+json");
        as(TestTokens.token("partner-x")).get("/api/v1/extensions").then().statusCode(403)
                .contentType("application/problem+json").body("status", equalTo(403));
    }

    private static RequestSpecification as(String token) {
        return given().auth().oauth2(token).accept(ContentType.JSON);
    }
}
