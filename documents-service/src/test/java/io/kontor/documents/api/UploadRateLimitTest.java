package io.kontor.documents.api;

import io.kontor.testing.KontorTestEnvironment;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static io.kontor.documents.api.DocumentApi.accountant;
import static io.kontor.documents.api.DocumentApi.as;
import static io.kontor.documents.api.DocumentApi.createClient;
import static io.kontor.documents.api.DocumentApi.documentsOf;
import static io.kontor.documents.api.DocumentApi.newPartner;
import static io.kontor.documents.api.DocumentApi.uniqueBytes;
import static io.kontor.documents.api.DocumentApi.upload;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

@QuarkusTest
@WithTestResource(KontorTestEnvironment.class)
@TestProfile(UploadRateLimitTest.TwoUploadsAMinute.class)
class UploadRateLimitTest {

    /** A bucket of two, refilled one upload in about 30 s: the third upload of a firm is refused. */
    public static class TwoUploadsAMinute implements QuarkusTestProfile {

        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("kontor.documents.upload.rate-limit.enabled", "true",
                    "kontor.documents.upload.rate-limit.burst", "2",
                    "kontor.documents.upload.rate-limit.per-second", "0.033");
        }
    }

    @Test
    void aFirmUploadingFasterThanItsLimitGetsA429WithRetryAfterAndNothingIsStored() {
        String partner = newPartner();
        String clientId = createClient(partner);
        upload(accountant(partner), clientId, "OTHER", "1.txt", uniqueBytes("1")).then().statusCode(201);
        upload(accountant(partner), clientId, "OTHER", "2.txt", uniqueBytes("2")).then().statusCode(201);

        String retryAfter = upload(accountant(partner), clientId, "OTHER", "3.txt", uniqueBytes("3")).then()
                .statusCode(429)
                .contentType("application/problem+json")
                .body("type", equalTo("https://kontor.dev/problems/upload-rate-limited"))
                .body("status", equalTo(429))
                .body("detail", containsString("Retry-After"))
                .extract().header("Retry-After");

        assertThat(Integer.parseInt(retryAfter)).isBetween(1, 31);
        as(accountant(partner)).get(documentsOf(clientId)).then().statusCode(200)
                .body("counts.OTHER", equalTo(2));
    }

    @Test
    void oneFirmsLimitLeavesAnotherFirmUploading() {
        String busy = newPartner();
        String busyClient = createClient(busy);
        for (int i = 0; i < 3; i++) {
            upload(accountant(busy), busyClient, "OTHER", i + ".txt", uniqueBytes("busy"));
        }

        String other = newPartner();
        upload(accountant(other), createClient(other), "OTHER", "mine.txt", uniqueBytes("other"))
                .then().statusCode(201);
    }

    @Test
    void readingAndEditingAreNotLimited() {
        String partner = newPartner();
        String clientId = createClient(partner);
        String document = upload(accountant(partner), clientId, "OTHER", "a.txt", uniqueBytes("a"))
                .then().statusCode(201).extract().header("Location");
        upload(accountant(partner), clientId, "OTHER", "b.txt", uniqueBytes("b")).then().statusCode(201);
        upload(accountant(partner), clientId, "OTHER", "c.txt", uniqueBytes("c")).then().statusCode(429);

        for (int i = 0; i < 5; i++) {
            as(accountant(partner)).get(document).then().statusCode(200);
        }
        as(accountant(partner)).contentType("application/json").body(Map.of("note", "checked")).patch(document)
                .then().statusCode(200);
    }
}
