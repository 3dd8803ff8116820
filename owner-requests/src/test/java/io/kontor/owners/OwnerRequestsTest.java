package io.kontor.owners;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The mechanics every service relies on when it asks an owner, against a real HTTP server on loopback. What a
 * service makes of them (a 404 as another firm's client, a 503 on its own endpoints) is tested in that service.
 */
class OwnerRequestsTest {

    private static final String OWNER = "thing-service";
    private static final Duration RETRY_AFTER = Duration.ofSeconds(5);

    private record Timeouts(Duration connectTimeout, Duration readTimeout, Duration retryAfter)
            implements OwnerRequestsConfig {
    }

    // As the services' answer records are: what the owner adds later is no reason to fail.
    @JsonIgnoreProperties(ignoreUnknown = true)
    private record Thing(String id, String name) {

        Thing {
            Objects.requireNonNull(id, "id");
        }
    }

    private record Answer(int status, String body, Duration delay) {
    }

    private record Request(String authorization, String accept) {
    }

    private final Map<String, Answer> answers = new ConcurrentHashMap<>();
    private final List<Request> received = new CopyOnWriteArrayList<>();
    private HttpServer server;
    private OwnerRequests requests;

    @BeforeEach
    void startOwner() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::respond);
        server.start();
        requests = new OwnerRequests(new Timeouts(Duration.ofSeconds(1), Duration.ofMillis(300), RETRY_AFTER),
                token("raw.caller.token"), new ObjectMapper());
    }

    @AfterEach
    void stopOwner() {
        server.stop(0);
    }

    @Test
    void theOwnersAnswerIsReadAsTheCallerAskedIt() {
        answer("/things/1", 200, "{\"id\": \"1\", \"name\": \"one\", \"addedLater\": true}");

        Optional<Thing> found = requests.find(OWNER, uri("/things/1"), Thing.class, "thing 1");

        assertThat(found).contains(new Thing("1", "one"));
        assertThat(received).containsExactly(new Request("Bearer raw.caller.token", "application/json"));
    }

    @Test
    void aResourceTheOwnerDoesNotHaveForThisCallerIsEmpty() {
        answer("/things/2", 404, "{\"status\": 404}");

        assertThat(requests.find(OWNER, uri("/things/2"), Thing.class, "thing 2")).isEmpty();
    }

    @Test
    void aResourceTheOwnerNamedItselfButDoesNotHaveMakesItUnavailable() {
        answer("/things/3", 404, "{\"status\": 404}");

        assertUnavailable(() -> requests.get(OWNER, uri("/things/3"), Thing.class, "thing 3"));
    }

    @ParameterizedTest
    @ValueSource(ints = {500, 503, 401, 403, 302})
    void anyOtherStatusMakesTheOwnerUnavailable(int status) {
        answer("/things/4", status, "{\"id\": \"4\"}");

        assertUnavailable(() -> requests.find(OWNER, uri("/things/4"), Thing.class, "thing 4"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "null", "not json", "{\"name\": \"no id\"}", "[]"})
    void aBodyThatIsNotTheResourceMakesTheOwnerUnavailable(String body) {
        answer("/things/5", 200, body);

        assertUnavailable(() -> requests.find(OWNER, uri("/things/5"), Thing.class, "thing 5"));
    }

    @Test
    void aPageIsWalkedAsJsonFollowingItsCursor() {
        answer("/things", 200, "{\"items\": [{\"id\": \"1\"}, {\"id\": \"2\"}], \"nextCursor\": \"c2\"}");
        answer("/things?cursor=c2", 200, "{\"items\": [{\"id\": \"3\"}]}");

        List<String> ids = new ArrayList<>();
        String cursor = null;
        do {
            URI page = uri(cursor == null ? "/things" : "/things?cursor=" + cursor);
            JsonNode answer = requests.get(OWNER, page, JsonNode.class, "things");
            answer.path("items").forEach(item -> ids.add(item.path("id").textValue()));
            cursor = answer.path("nextCursor").textValue();
        } while (cursor != null);

        assertThat(ids).containsExactly("1", "2", "3");
    }

    @Test
    void aJsonNullBodyIsUnusableReadAsJsonNodeToo() {
        answer("/things", 200, "null");

        assertUnavailable(() -> requests.find(OWNER, uri("/things"), JsonNode.class, "things"));
    }

    @Test
    void anOwnerThatDoesNotAnswerWithinTheReadTimeoutIsUnavailable() {
        answers.put("/things/6", new Answer(200, "{\"id\": \"6\"}", Duration.ofSeconds(2)));

        long started = System.nanoTime();
        assertUnavailable(() -> requests.find(OWNER, uri("/things/6"), Thing.class, "thing 6"));
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(2));
    }

    @Test
    void anOwnerThatRefusesTheConnectionIsUnavailable() {
        URI uri = uri("/things/7");
        server.stop(0);

        assertUnavailable(() -> requests.find(OWNER, uri, Thing.class, "thing 7"));
    }

    private void assertUnavailable(Runnable request) {
        assertThatThrownBy(request::run)
                .isInstanceOfSatisfying(OwnerUnavailable.class, unavailable -> {
                    assertThat(unavailable.status()).isEqualTo(503);
                    assertThat(unavailable.retryAfter()).isEqualTo(RETRY_AFTER);
                    assertThat(unavailable.toProblem(null).type())
                            .isEqualTo(URI.create("https://kontor.dev/problems/owner-unavailable"));
                    assertThat(unavailable.getMessage()).contains(OWNER).contains("try again");
                });
    }

    private void answer(String pathAndQuery, int status, String body) {
        answers.put(pathAndQuery, new Answer(status, body, Duration.ZERO));
    }

    private URI uri(String pathAndQuery) {
        return URI.create("http://localhost:" + server.getAddress().getPort() + pathAndQuery);
    }

    private void respond(HttpExchange exchange) {
        try (exchange) {
            received.add(new Request(exchange.getRequestHeaders().getFirst("Authorization"),
                    exchange.getRequestHeaders().getFirst("Accept")));
            Answer answer = answers.getOrDefault(exchange.getRequestURI().toString(),
                    new Answer(404, "", Duration.ZERO));
            Thread.sleep(answer.delay().toMillis());
            byte[] body = answer.body().getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            // -1 is the JDK server's "no body".
            exchange.sendResponseHeaders(answer.status(), body.length == 0 ? -1 : body.length);
            if (body.length > 0) {
                exchange.getResponseBody().write(body);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (IOException e) {
            // The client gave up waiting and closed the connection: nothing left to answer.
        }
    }

    private static JsonWebToken token(String raw) {
        return new JsonWebToken() {
            @Override
            public String getName() {
                return "caller";
            }

            @Override
            public Set<String> getClaimNames() {
                return Set.of();
            }

            @Override
            public <T> T getClaim(String claimName) {
                return null;
            }

            @Override
            public String getRawToken() {
                return raw;
            }
        };
    }
}
