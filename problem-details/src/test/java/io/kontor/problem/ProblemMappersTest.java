package io.kontor.problem;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

@QuarkusTest
class ProblemMappersTest {

    @Test
    void aDomainExceptionBecomesItsProblem() {
        given().get("/probe/orders/42").then()
                .statusCode(404)
                .contentType("application/problem+json")
                .body("type", equalTo("https://kontor.dev/problems/order-not-found"))
                .body("title", equalTo("Order not found"))
                .body("status", equalTo(404))
                .body("detail", containsString("42"))
                .body("instance", equalTo("/probe/orders/42"));
    }

    @Test
    void anUnavailableDependencyIsA503ProblemThatSaysWhenToRetryInWholeSeconds() {
        given().get("/probe/ledger").then()
                .statusCode(503)
                .contentType("application/problem+json")
                .header("Retry-After", "3")
                .body("type", equalTo("https://kontor.dev/problems/ledger-unavailable"))
                .body("status", equalTo(503));
    }

    @Test
    void aRateLimitIsA429ProblemThatSaysWhenToRetryNeverEarly() {
        given().get("/probe/quota").then()
                .statusCode(429)
                .contentType("application/problem+json")
                .header("Retry-After", "1")
                .body("type", equalTo("https://kontor.dev/problems/quota-used-up"))
                .body("status", equalTo(429));
    }

    @Test
    void beanValidationListsEveryFieldByItsJsonPath() {
        given().contentType(ContentType.JSON)
                .body("{\"name\":\"\",\"country\":\"Belgium\",\"address\":{\"city\":\"\"},\"tags\":[\"ok\",\" \"]}")
                .post("/probe").then()
                .statusCode(422)
                .contentType("application/problem+json")
                .body("type", equalTo("https://kontor.dev/problems/validation-failed"))
                .body("errors.field", hasItems("name", "country", "address.city", "tags[1]"))
                .body("detail", containsString("name"));
    }

    @Test
    void anInvalidQueryParameterIsNamed() {
        given().queryParam("limit", 1000).get("/probe/page").then()
                .statusCode(422)
                .body("errors[0].field", equalTo("limit"));
    }

    @Test
    void malformedJsonIsA400ThatSaysSo() {
        given().contentType(ContentType.JSON).body("{\"name\": ").post("/probe").then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("https://kontor.dev/problems/malformed-request"));
    }

    @Test
    void aValueOfTheWrongTypeNamesItsField() {
        given().contentType(ContentType.JSON).body("{\"name\":\"x\",\"due\":\"yesterday\"}").post("/probe").then()
                .statusCode(400)
                .body("errors[0].field", equalTo("due"))
                .body("detail", containsString("yesterday"));
    }

    @Test
    void anUnsupportedContentTypeIsA415Problem() {
        given().contentType(ContentType.XML).body("<order/>").post("/probe").then()
                .statusCode(415)
                .contentType("application/problem+json")
                .body("status", equalTo(415));
    }

    @Test
    void aWrongMethodIsA405Problem() {
        given().delete("/probe/orders/1").then()
                .statusCode(405)
                .contentType("application/problem+json");
    }

    @Test
    void aBodyOverTheLimitIsA413Problem() {
        given().contentType(ContentType.JSON).body("{\"name\":\"" + "x".repeat(4096) + "\"}").post("/probe").then()
                .statusCode(413)
                .contentType("application/problem+json")
                .body("status", equalTo(413));
    }

    @Test
    void aBodyOverTheLimitStreamedWithoutALengthIsA413Problem() {
        byte[] body = ("{\"name\":\"" + "x".repeat(4096) + "\"}").getBytes(StandardCharsets.UTF_8);

        // An InputStream of unknown length goes out chunked, without a Content-Length.
        given().contentType(ContentType.JSON).body(new ByteArrayInputStream(body)).post("/probe").then()
                .statusCode(413)
                .contentType("application/problem+json")
                .body("type", equalTo("https://kontor.dev/problems/payload-too-large"));
    }

    /** Pins a limit of the REST layer, which reads streamed uploads itself (see HttpLayerProblems). */
    @Test
    void anUploadStreamedWithoutALengthIsReadAndOneOverTheLimitIsABare413() {
        given().multiPart("file", "small.txt", new ByteArrayInputStream("small".getBytes(StandardCharsets.UTF_8)))
                .post("/probe/upload").then()
                .statusCode(200)
                .body(equalTo("small.txt"));
        given().multiPart("file", "big.txt", new ByteArrayInputStream(new byte[4096]))
                .post("/probe/upload").then()
                .statusCode(413);
    }

    @Test
    void anUploadStreamedWithoutALengthThatIsNoMultipartIsA400Problem() throws IOException {
        String response = raw("POST /probe/upload HTTP/1.1", "Content-Type: multipart/form-data; boundary=b\r\n"
                + "Transfer-Encoding: chunked\r\n", "a\r\n--b\r\n\r\n\0\0\0\r\n0\r\n\r\n");

        assertThat(response).startsWith("HTTP/1.1 400").contains("application/problem+json")
                .contains("malformed-request");
    }

    @Test
    void aMultipartBodyCutOffBeforeItsClosingBoundaryIsA400Problem() {
        given().contentType("multipart/form-data; boundary=b")
                .body("--b\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.txt\"\r\n\r\nhalf"
                        .getBytes(StandardCharsets.US_ASCII))
                .post("/probe/upload").then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("https://kontor.dev/problems/malformed-request"));
    }

    @Test
    void aBodyUnderTheLimitStreamedWithoutALengthIsRead() {
        byte[] body = "{\"name\":\"streamed\"}".getBytes(StandardCharsets.UTF_8);

        given().contentType(ContentType.JSON).body(new ByteArrayInputStream(body)).post("/probe").then()
                .statusCode(200)
                .body("name", equalTo("streamed"));
    }

    /** Pins a limit of the HTTP codec, which answers before any route could (see HttpLayerProblems). */
    @Test
    void aPathWithAnInvalidPercentEscapeIsRefusedByTheHttpCodecWithABare400() throws IOException {
        String response = raw("GET /probe/orders/%zz HTTP/1.1", "", "");

        assertThat(response).startsWith("HTTP/1.1 400").contains("content-length: 0");
    }

    @Test
    void aQueryOfTenThousandCharactersReachesTheServiceInsteadOfABare414() throws IOException {
        String response = raw("GET /probe/page?limit=" + "9".repeat(10_000) + " HTTP/1.1", "", "");

        assertThat(response).doesNotStartWith("HTTP/1.1 414").contains("application/problem+json");
    }

    @Test
    void noTokenIsA401ProblemWithABearerChallenge() {
        given().get("/probe/secret").then()
                .statusCode(401)
                .header("WWW-Authenticate", "Bearer")
                .contentType("application/problem+json")
                .body("title", equalTo("Unauthorized"));
    }

    @Test
    void anUnexpectedFailureIsA500WithAReferenceAndNoInternals() {
        given().get("/probe/boom").then()
                .statusCode(500)
                .contentType("application/problem+json")
                .body("detail", containsString("reference"))
                .body("detail", not(containsString("hunter2")))
                .body(not(containsString("IllegalStateException")))
                .body(not(containsString("at io.kontor")))
                .body("instance", notNullValue());
    }

    @Test
    void anUnreachableDatabaseIsA503ThatSaysToTryAgainNotABugReport() {
        given().get("/probe/database-down").then()
                .statusCode(503)
                .contentType("application/problem+json")
                .header("Retry-After", "5")
                .body("type", equalTo("https://kontor.dev/problems/database-unavailable"))
                .body("detail", containsString("Send it again"))
                .body("detail", not(containsString("15432")))
                .body("detail", not(containsString("reference")));
    }

    /** A request exactly as written: HTTP clients refuse to send an invalid escape or a chunked form. */
    private static String raw(String requestLine, String headers, String body) throws IOException {
        try (Socket socket = new Socket("localhost", RestAssured.port)) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream().write((requestLine + "\r\nHost: localhost\r\nConnection: close\r\n" + headers
                    + "\r\n" + body).getBytes(StandardCharsets.ISO_8859_1));
            return new String(socket.getInputStream().readAllBytes(), StandardCharsets.ISO_8859_1);
        }
    }
}
