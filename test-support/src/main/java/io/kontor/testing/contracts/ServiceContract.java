package io.kontor.testing.contracts;

import io.kontor.testing.TestTokens;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Stream;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;

/**
 * What every Kontor service promises, checked against its own running instance. Extend it in a
 * {@code @QuarkusTest}: the operations come from the service's OpenAPI document, so an endpoint added tomorrow
 * is covered without anyone remembering to add it here.
 */
public abstract class ServiceContract {

    private static final String API = "/api/v1";

    /** Each way a request can fail to authenticate, by the token it carries (null: none at all). */
    private static final Map<String, Supplier<String>> BAD_TOKENS = Map.of(
            "no token", () -> null,
            "an expired token", () -> TestTokens.expired("contract-partner", "partner-admin"),
            "a token of another issuer", () -> TestTokens.wrongIssuer("contract-partner", "partner-admin"),
            "a token with a forged signature", () -> TestTokens.wrongSignature("contract-partner", "partner-admin"),
            "something that is not a JWT", () -> "not-a-jwt");

    @TestFactory
    Stream<DynamicTest> everyApiOperationRefusesACallerWithoutAValidToken() {
        List<Operation> operations = apiOperations();
        assertThat(operations).as("the OpenAPI document lists the service's %s operations", API).isNotEmpty();
        return operations.stream().flatMap(operation -> BAD_TOKENS.entrySet().stream().map(bad -> DynamicTest
                .dynamicTest(operation + " with " + bad.getKey(), () -> assertUnauthorized(operation,
                        bad.getValue().get()))));
    }

    @Test
    void readinessReportsThePostgresAndKafkaConnectionsUp() {
        given().get("/q/health/ready").then()
                .statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItems("Database connections health check", "Kafka connection health check"))
                .body("checks.findAll { it.status != 'UP' }.size()", equalTo(0));
    }

    /**
     * Sends a body of the media type the operation accepts, so that the refusal is about the token and not
     * about the request's shape (which the service may check first, with a 415).
     */
    private static void assertUnauthorized(Operation operation, String token) {
        var request = given();
        if (operation.mediaType().startsWith("multipart/")) {
            request.multiPart("file", "contract.txt", "contract".getBytes(StandardCharsets.UTF_8));
        } else {
            request.contentType(operation.mediaType()).body("{}");
        }
        if (token != null) {
            request.auth().oauth2(token);
        }
        request.request(operation.method(), operation.concretePath()).then()
                .statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", "Bearer")
                .body("status", equalTo(401))
                .body("type", equalTo("https://kontor.dev/problems/unauthorized"));
    }

    /**
     * The operations under {@value #API}, except those the document declares public: an empty security
     * requirement ({@code security: [{}]}) marks an operation whose credential is something else, such as the
     * signature of a download link.
     */
    private static List<Operation> apiOperations() {
        JsonPath openApi = given().accept("application/json").get("/q/openapi").then().statusCode(200)
                .extract().jsonPath();
        Map<String, Map<String, Object>> paths = openApi.getMap("paths");
        List<Operation> operations = new ArrayList<>();
        paths.forEach((path, methods) -> {
            if (path.startsWith(API)) {
                methods.entrySet().stream()
                        .filter(method -> List.of("get", "post", "put", "patch", "delete").contains(method.getKey()))
                        .filter(method -> !isPublic(method.getValue()))
                        .forEach(method -> operations.add(new Operation(method.getKey().toUpperCase(), path,
                                requestMediaType(method.getValue()))));
            }
        });
        return operations;
    }

    /** The first media type the operation's request body may have; JSON when it takes none. */
    private static String requestMediaType(Object operation) {
        if (operation instanceof Map<?, ?> described && described.get("requestBody") instanceof Map<?, ?> body
                && body.get("content") instanceof Map<?, ?> content && !content.isEmpty()) {
            return content.keySet().iterator().next().toString();
        }
        return "application/json";
    }

    private static boolean isPublic(Object operation) {
        return operation instanceof Map<?, ?> described && described.get("security") instanceof List<?> security
                && security.stream().anyMatch(requirement -> requirement instanceof Map<?, ?> m && m.isEmpty());
    }

    private record Operation(String method, String path, String mediaType) {

        /** Path parameters are ids; a random UUID names nothing, which is all a refused call needs. */
        String concretePath() {
            return path.replaceAll("\\{[^}]+}", UUID.randomUUID().toString());
        }

        @Override
        public String toString() {
            return method + " " + path;
        }
    }
}
