package io.kontor.local;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;

/** The seeder against a stand-in for the two services' REST APIs (the JDK's HTTP server). */
class DemoSeederTest {

    private final List<String> requests = new CopyOnWriteArrayList<>();
    private HttpServer server;
    private String baseUrl;

    @BeforeEach
    void startServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.start();
        baseUrl = "http://localhost:" + server.getAddress().getPort();
    }

    @AfterEach
    void stopServer() {
        server.stop(0);
    }

    @Test
    void createsAClientAndAnInstallationWhenThePartnerHasNone() throws InterruptedException {
        answer("/api/v1/clients", "GET", 200, "{\"items\":[],\"nextCursor\":null}", "POST", 201, "{\"id\":\"c-1\"}");
        answer("/api/v1/installations", "GET", 200, "{\"items\":[]}", "POST", 201, "{\"id\":\"i-1\"}");

        DemoSeeder.Seeded seeded = seeder().seed();

        assertThat(seeded.clientId()).contains("c-1");
        assertThat(seeded.installationId()).contains("i-1");
        assertThat(requests).contains("POST /api/v1/clients Bearer token", "POST /api/v1/installations Bearer token");
    }

    @Test
    void createsNothingWhenThePartnerAlreadyHasBoth() throws InterruptedException {
        answer("/api/v1/clients", "GET", 200, "{\"items\":[{\"id\":\"c-7\"}],\"nextCursor\":null}", "POST", 500, "");
        answer("/api/v1/installations", "GET", 200, "[{\"id\":\"i-7\",\"extensionKey\":\"generic-webhook\"}]",
                "POST", 500, "");

        DemoSeeder.Seeded seeded = seeder().seed();

        assertThat(seeded.clientId()).contains("c-7");
        assertThat(seeded.installationId()).contains("i-7");
        assertThat(requests).noneMatch(request -> request.startsWith("POST"));
    }

    @Test
    void anEndpointThatIsNotThereYetIsAWarningNotAFailure() throws InterruptedException {
        answer("/api/v1/clients", "GET", 200, "{\"items\":[],\"nextCursor\":null}", "POST", 201, "{\"id\":\"c-1\"}");

        DemoSeeder.Seeded seeded = seeder().seed();

        assertThat(seeded.clientId()).contains("c-1");
        assertThat(seeded.installationId()).isEmpty();
    }

    private DemoSeeder seeder() {
        return new DemoSeeder(HttpClient.newHttpClient(), new ObjectMapper(), "token", baseUrl, baseUrl);
    }

    private void answer(String path, String getMethod, int getStatus, String getBody,
                        String postMethod, int postStatus, String postBody) {
        server.createContext(path, exchange -> {
            requests.add(exchange.getRequestMethod() + " " + exchange.getRequestURI().getPath() + " "
                    + exchange.getRequestHeaders().getFirst("Authorization"));
            if (exchange.getRequestMethod().equals(getMethod)) {
                respond(exchange, getStatus, getBody);
            } else if (exchange.getRequestMethod().equals(postMethod)) {
                respond(exchange, postStatus, postBody);
            } else {
                respond(exchange, 405, "");
            }
        });
    }

    private static void respond(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
        if (bytes.length > 0) {
            exchange.getResponseBody().write(bytes);
        }
        exchange.close();
    }
}
