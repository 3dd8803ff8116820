package io.kontor.documents.api;

import io.kontor.testing.KontorTestEnvironment;
import io.kontor.testing.TestTokens;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.stream.Stream;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

/** Every /api/v1 operation needs a valid token, and refusals are problem+json (DESIGN.md §2, §3). */
@QuarkusTest
@WithTestResource(KontorTestEnvironment.class)
class AuthenticationTest {

    @Test
    void withoutATokenEveryOperationIsA401Problem() {
        given().get("/api/v1/clients").then().statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", containsString("Bearer"))
                .body("status", equalTo(401))
                .body("title", equalTo("Unauthorized"))
                .body("detail", notNullValue());
        given().get("/api/v1/clients/00000000-0000-0000-0000-000000000000").then().statusCode(401)
                .contentType("application/problem+json");
        given().contentType(ContentType.JSON)
                .body(Map.of("name", "Anonymous BV", "vatNumber", "BE0123456749", "country", "BE"))
                .post("/api/v1/clients").then().statusCode(401).contentType("application/problem+json");
        given().post("/api/v1/clients/00000000-0000-0000-0000-000000000000/archive").then().statusCode(401)
                .contentType("application/problem+json");
    }

    static Stream<String> refusedTokens() {
        return Stream.of(
                TestTokens.expired("partner-a", "partner-admin"),
                TestTokens.wrongIssuer("partner-a", "partner-admin"),
                TestTokens.wrongSignature("partner-a", "partner-admin"),
                "not-even-a-jwt");
    }

    @ParameterizedTest
    @MethodSource("refusedTokens")
    void aRefusedTokenIsA401Problem(String token) {
        given().auth().oauth2(token).get("/api/v1/clients").then().statusCode(401)
                .contentType("application/problem+json")
                .body("status", equalTo(401))
                .body("title", equalTo("Unauthorized"))
                .body("detail", notNullValue())
                .body(not(containsString("Exception")));
    }
}
