package io.kontor.testing.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.logging.Logger;

/**
 * Throws hostile input at a service's write operations and holds it to three rules: never a 5xx; every 4xx an RFC 9457
 * problem (its {@code status} the response's); a refused request changes nothing ({@link FuzzTarget#state}).
 * Requests no service could accept (malformed JSON, a Content-Type lie, a garbage id) must be refused. Every broken
 * rule is collected, so one run lists them all. Two requests are refused below any service code, with a bare 4xx
 * ({@link Attack#refusedBelowTheService}): a target with an invalid percent-escape, and an upload streamed without a
 * Content-Length over the limit.
 */
public final class InputFuzzer {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String PROBLEM = "application/problem+json";

    private final RawHttp http;
    private final long maxBodyBytes;
    private final List<String> failures = new ArrayList<>();
    private int requests;

    private InputFuzzer(int port, long maxBodyBytes) {
        this.http = new RawHttp("localhost", port);
        this.maxBodyBytes = maxBodyBytes;
    }

    /** @param maxBodyBytes the service's {@code quarkus.http.limits.max-body-size} */
    public static InputFuzzer against(int port, long maxBodyBytes) {
        return new InputFuzzer(port, maxBodyBytes);
    }

    /** Every attack of the catalog that fits the target. */
    private void fuzz(FuzzTarget target) {
        Attacks.on(target, maxBodyBytes).forEach(attack -> run(target, attack));
    }

    /**
     * A body one byte over the limit, once with its Content-Length and once streamed in chunks without one: 413
     * problem both times, and nothing changed.
     */
    private void oversizeBodies(FuzzTarget target) {
        for (Attack attack : Attacks.oversize(target, maxBodyBytes)) {
            RawHttp.Response response = run(target, attack);
            if (response != null && response.status() != 413) {
                fail(target, attack, "answered " + response.status() + " instead of 413");
            }
        }
    }

    /**
     * The run every service's hostile-input test makes: each write operation of the OpenAPI document must have a
     * target, every target is fuzzed, the given ones also get bodies over the limit, and every broken rule fails.
     *
     * @return how many requests were sent
     */
    public int fuzzEveryWriteOperation(List<FuzzTarget> targets, FuzzTarget... oversize) {
        Set<String> uncovered = uncovered(targets);
        if (!uncovered.isEmpty()) {
            throw new AssertionError("write operations without a fuzz target: " + uncovered);
        }
        targets.forEach(this::fuzz);
        for (FuzzTarget target : oversize) {
            oversizeBodies(target);
        }
        assertNoFailures();
        return requests;
    }

    /** @throws AssertionError listing every broken rule, with the request that broke it */
    private void assertNoFailures() {
        Logger.getLogger(InputFuzzer.class.getName()).info(requests + " hostile requests sent, "
                + failures.size() + " broke a rule");
        if (!failures.isEmpty()) {
            throw new AssertionError(failures.size() + " of " + requests + " hostile requests broke a rule:\n  "
                    + String.join("\n  ", failures));
        }
    }

    /**
     * The write operations (POST, PUT, PATCH, DELETE under /api/v1) of the service's OpenAPI document that no
     * target covers: a new write endpoint fails the build until it is fuzzed too.
     */
    private Set<String> uncovered(List<FuzzTarget> targets) {
        RawHttp.Response response = http.send("GET", "/q/openapi", Map.of("Accept", "application/json"), null,
                false);
        Set<String> operations = new TreeSet<>();
        try {
            JsonNode paths = JSON.readTree(response.body()).path("paths");
            paths.fields().forEachRemaining(path -> path.getValue().fieldNames().forEachRemaining(method -> {
                if (path.getKey().startsWith("/api/v1/") && Set.of("post", "put", "patch", "delete").contains(method)
                        && !isPublic(path.getValue().path(method))) {
                    operations.add(method.toUpperCase() + " " + path.getKey());
                }
            }));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        targets.forEach(target -> operations.remove(target.operation()));
        return operations;
    }

    private static boolean isPublic(JsonNode operation) {
        for (JsonNode requirement : operation.path("security")) {
            if (requirement.isObject() && requirement.isEmpty()) {
                return true;
            }
        }
        return false;
    }

    private RawHttp.Response run(FuzzTarget target, Attack attack) {
        requests++;
        Object before = target.state.get();
        RawHttp.Response response;
        try {
            response = http.send(attack.method(), attack.target(), attack.headers(), attack.body(), attack.chunked());
        } catch (UncheckedIOException e) {
            fail(target, attack, "no answer: " + e.getCause().getMessage());
            return null;
        }
        int status = response.status();
        if (attack.refusedBelowTheService() != null) {
            if (status < 400 || status >= 500) {
                fail(target, attack, "answered " + status + " although " + attack.refusedBelowTheService());
            } else if (!Objects.equals(before, target.state.get())) {
                fail(target, attack, "was refused with " + status + " but changed the state");
            }
        } else if (status >= 500) {
            fail(target, attack, "answered " + status + ": " + RawHttp.abbreviate(response.text()));
        } else if (status >= 400) {
            String contentType = String.valueOf(response.header("Content-Type"));
            if (!contentType.startsWith(PROBLEM)) {
                fail(target, attack, "answered " + status + " as " + contentType + ", not " + PROBLEM + ": "
                        + RawHttp.abbreviate(response.text()));
            } else if (problemStatus(response.body()) != status) {
                fail(target, attack, "answered " + status + " with a problem of another status: "
                        + RawHttp.abbreviate(response.text()));
            }
            if (!Objects.equals(before, target.state.get())) {
                fail(target, attack, "was refused with " + status + " but changed the state");
            }
        } else if (attack.mustRefuse()) {
            fail(target, attack, "was accepted with " + status);
        }
        return response;
    }

    private void fail(FuzzTarget target, Attack attack, String what) {
        failures.add(target.operation() + " — " + attack.description() + ": " + what);
    }

    private static int problemStatus(byte[] body) {
        try {
            return JSON.readTree(body).path("status").asInt();
        } catch (IOException e) {
            return -1;
        }
    }
}
