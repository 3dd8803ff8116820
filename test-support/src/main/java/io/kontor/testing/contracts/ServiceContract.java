package io.kontor.testing.contracts;

import io.kontor.testing.TestTokens;
import io.kontor.testing.contracts.AccessRule.Scope;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.stream.Stream;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;

/**
 * What every Kontor service promises, checked against its own running instance. Extend it in a
 * {@code @QuarkusTest}: the operations come from the service's OpenAPI document, so an endpoint added tomorrow
 * is covered without anyone remembering to add it here — and fails until it has an {@link AccessRule}.
 *
 * <p>The isolation matrix (issue 9) calls every operation as: no token, an expired one, one of another issuer, one
 * with a forged signature, something that is not a JWT (401 each); each role the rule does not allow (403); an
 * accountant of the firm not assigned to the client (403); another firm with an allowed role (404, or none of the
 * first firm's data); and, last, an allowed caller, who must get past all of it. No response to another firm may
 * carry any id of the first firm's fixture.
 */
public abstract class ServiceContract {

    private static final String API = "/api/v1";
    private static final List<String> ROLES = List.of("partner-admin", "accountant", "client-manager");

    /** Each way a request can fail to authenticate, by the token it carries (null: none at all). */
    private static final Map<String, Supplier<String>> BAD_TOKENS = Map.of(
            "no token", () -> null,
            "an expired token", () -> TestTokens.expired("contract-partner", "partner-admin"),
            "a token of another issuer", () -> TestTokens.wrongIssuer("contract-partner", "partner-admin"),
            "a token with a forged signature", () -> TestTokens.wrongSignature("contract-partner", "partner-admin"),
            "something that is not a JWT", () -> "not-a-jwt");

    /** The rule of each operation, keyed like {@code GET /api/v1/clients/{clientId}}. */
    protected abstract Map<String, AccessRule> accessRules();

    /**
     * Creates what the operations reach, for one firm, and names it by the operations' path parameters
     * ({@code clientId}, {@code documentId}, …). Called afresh for every operation, so an operation that deletes may.
     *
     * @param accountant the user the fixture's client is assigned to
     */
    protected abstract Map<String, String> fixture(String partnerId, String accountant);

    @TestFactory
    Stream<DynamicNode> everyOperationKeepsToItsFirmAndItsRoles() {
        List<Operation> operations = apiOperations();
        assertThat(operations).as("the OpenAPI document lists the service's %s operations", API).isNotEmpty();
        Map<String, AccessRule> rules = accessRules();
        Set<String> withoutRule = new TreeSet<>();
        operations.stream().map(Operation::toString).filter(name -> !rules.containsKey(name)).forEach(withoutRule::add);
        Set<String> ruleWithoutOperation = new TreeSet<>(rules.keySet());
        operations.forEach(operation -> ruleWithoutOperation.remove(operation.toString()));
        assertThat(withoutRule).as("operations without an access rule: add one to the service's contract test")
                .isEmpty();
        assertThat(ruleWithoutOperation).as("access rules for operations the service does not have").isEmpty();

        AtomicInteger checks = new AtomicInteger();
        List<DynamicNode> containers = operations.stream()
                .map(operation -> (DynamicNode) DynamicContainer.dynamicContainer(operation.toString(),
                        cases(operation, rules.get(operation.toString()), checks)))
                .toList();
        System.out.printf("Isolation matrix of %s: %d operations, %d operation × case checks%n",
                getClass().getPackageName(), operations.size(), checks.get());
        return containers.stream();
    }

    @Test
    void readinessReportsThePostgresAndKafkaConnectionsUp() {
        given().get("/q/health/ready").then()
                .statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItems("Database connections health check", "Kafka connection health check"))
                .body("checks.findAll { it.status != 'UP' }.size()", equalTo(0));
    }

    /** The cases of one operation, in an order that leaves the allowed (possibly destructive) call for last. */
    private List<DynamicTest> cases(Operation operation, AccessRule rule, AtomicInteger checks) {
        List<DynamicTest> cases = new ArrayList<>();
        BAD_TOKENS.forEach((name, token) -> cases.add(DynamicTest.dynamicTest("with " + name,
                () -> assertUnauthorized(operation, token.get()))));
        Fixture fixture = new Fixture();
        for (String role : ROLES) {
            if (!rule.roles().contains(role)) {
                cases.add(DynamicTest.dynamicTest("as " + role + " (not allowed)", () -> assertStatus(
                        call(operation, rule, fixture.ids(), TestTokens.tokenForUser(fixture.partner, fixture.accountant,
                                role)), 403)));
            }
        }
        if (rule.scope() == Scope.CLIENT && rule.roles().contains("accountant")) {
            cases.add(DynamicTest.dynamicTest("as an accountant the client is not assigned to", () -> assertStatus(
                    call(operation, rule, fixture.ids(), TestTokens.tokenForUser(fixture.partner,
                            "unassigned-" + UUID.randomUUID(), "accountant")), 403)));
        }
        cases.add(DynamicTest.dynamicTest("as another firm", () -> assertOtherFirm(operation, rule, fixture)));
        for (String role : allowedCallers(operation, rule)) {
            cases.add(DynamicTest.dynamicTest("as " + role + " of the firm (allowed)", () -> {
                Response response = call(operation, rule, fixture.ids(), TestTokens.tokenForUser(fixture.partner,
                        fixture.accountant, role));
                assertThat(response.statusCode()).as("%s as %s: %s", operation, role, response.asString())
                        .isNotIn(401, 403, 404).isLessThan(500);
            }));
        }
        checks.addAndGet(cases.size());
        return cases;
    }

    /**
     * Another firm calls with the first firm's ids: it must not reach them, and its answer must name nothing of the
     * first firm it did not send itself (a 404 may repeat the path it was asked for).
     */
    private void assertOtherFirm(Operation operation, AccessRule rule, Fixture fixture) {
        String stranger = "stranger-" + UUID.randomUUID();
        Response response = call(operation, rule, fixture.ids(), TestTokens.tokenForUser(stranger,
                "user-of-" + stranger, allowedRole(rule)));
        String asked = operation.pathWith(fixture.ids());
        switch (rule.scope()) {
            case CLIENT, FIRM -> assertStatus(response, 404);
            case OWN_FIRM, SHARED -> assertThat(response.statusCode()).as("%s by another firm: %s", operation,
                    response.asString()).isLessThan(400);
        }
        String body = response.asString();
        assertThat(body).as("%s: another firm's answer", operation).doesNotContain(fixture.partner);
        fixture.ids().values().stream().filter(ServiceContract::isId).filter(id -> !asked.contains(id))
                .forEach(id -> assertThat(body).as("%s: another firm's answer names the first firm's %s",
                        operation, id).doesNotContain(id));
    }

    /** A fixture's ids are UUIDs; its other path values (a catalog key, a position) are nobody's secret. */
    private static boolean isId(String value) {
        try {
            return UUID.fromString(value).toString().equals(value);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static void assertStatus(Response response, int status) {
        assertThat(response.statusCode()).as(response.asString()).isEqualTo(status);
        assertThat(response.contentType()).startsWith("application/problem+json");
    }

    /**
     * Who makes the allowed call: every allowed role for a read, so that each role's own view (an accountant's
     * assigned clients) is exercised; for a change, one caller, since the change may not be repeatable (a delete).
     */
    private static List<String> allowedCallers(Operation operation, AccessRule rule) {
        if (operation.method().equals("GET")) {
            return ROLES.stream().filter(rule.roles()::contains).toList();
        }
        return List.of(allowedRole(rule));
    }

    /** A partner-admin when the rule allows one: the widest view, so the check of the others is the strictest. */
    private static String allowedRole(AccessRule rule) {
        return rule.roles().contains("partner-admin") ? "partner-admin" : rule.roles().iterator().next();
    }

    private static Response call(Operation operation, AccessRule rule, Map<String, String> ids, String token) {
        RequestSpecification request = rule.body().apply(ids).applyTo(given());
        if (token != null) {
            request.auth().oauth2(token);
        }
        return request.request(operation.method(), operation.pathWith(ids));
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
        request.request(operation.method(), operation.pathWith(Map.of())).then()
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

    /** One firm's fixture for one operation, made when its first case needs it. */
    private final class Fixture {

        private final String partner = "contract-" + UUID.randomUUID();
        private final String accountant = "accountant-of-" + partner;
        private Map<String, String> ids;

        Map<String, String> ids() {
            if (ids == null) {
                ids = Map.copyOf(new LinkedHashMap<>(fixture(partner, accountant)));
            }
            return ids;
        }
    }

    private record Operation(String method, String path, String mediaType) {

        /** Path parameters the fixture names take its ids; any other is a random UUID, which names nothing. */
        String pathWith(Map<String, String> ids) {
            String concrete = path;
            for (Map.Entry<String, String> id : ids.entrySet()) {
                concrete = concrete.replace("{" + id.getKey() + "}", id.getValue());
            }
            return concrete.replaceAll("\\{[^}]+}", UUID.randomUUID().toString());
        }

        @Override
        public String toString() {
            return method + " " + path;
        }
    }
}
