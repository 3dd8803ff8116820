package io.kontor.k8s;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Runs deploy/k8s/validate as CI and a person do: the real overlays, base and infra must pass, and every deliberately
 * broken fixture must be refused with the rule and message that tell its author what to fix. Without kubectl or Node.js
 * the tests are skipped (assumptions), saying what to install.
 */
class ManifestValidationTest {

    private static final Path K8S = Path.of("").toAbsolutePath();
    private static final Path FIXTURES = K8S.resolve("validation/fixtures");
    /** validate's exit code for a missing or too old tool: not a manifest's fault, so a skip, not a failure. */
    private static final int MISSING_TOOL = 3;

    @BeforeAll
    static void toolsAreInstalled() {
        assumeTrue(onPath("kubectl"), "kubectl not found: install Debian's kubernetes-client (apt-get install kubernetes-client)"
                + " to run the Kubernetes manifest tests");
        assumeTrue(onPath("node") && onPath("npm"), "node or npm not found: install Node.js >= 20 and npm to run the"
                + " Kubernetes manifest tests");
    }

    @Test
    void realOverlaysBaseAndInfraPassWithKedaCappedAtThePartitionsOfKontorDocuments() {
        Result result = validate();

        assertThat(result.exitCode()).as(result.output()).isZero();
        assertThat(result.output())
                .contains("OK   base: ")
                .contains("OK   overlays/dev: ")
                .contains("OK   overlays/prod (production rules): ")
                .contains("OK   infra: ")
                .contains("OK   overlays/prod: ScaledObject/sync-worker maxReplicaCount 12 <= 12 partitions of kontor.documents (infra)")
                .doesNotContain("FAIL");
    }

    static Stream<Arguments> brokenFixtures() {
        return Stream.of(
                broken("no-limits.yaml", false, 1,
                        "Deployment/no-limits [resources] container \"app\": no resources.limits.cpu, resources.limits.memory"),
                broken("latest-tag.yaml", false, 1,
                        "Deployment/latest-tag [image-tag] container \"app\": image \"kontor/documents-service:latest\" uses the tag latest"),
                broken("no-tag.yaml", false, 1,
                        "Deployment/no-tag [image-tag] container \"app\": image \"registry.example.com:5000/kontor/documents-service\" has no tag"),
                broken("no-probes.yaml", false, 1,
                        "Deployment/no-probes [probes] container \"app\": no livenessProbe, readinessProbe, startupProbe"),
                broken("replicas-not-a-number.yaml", false, 1,
                        "Deployment/replicas-not-a-number [schema] /spec/replicas must be integer"),
                broken("runs-as-root.yaml", false, 1,
                        "Deployment/runs-as-root [non-root] container \"app\": needs runAsNonRoot: true and a non-zero runAsUser"),
                broken("prod-single-replica.yaml", true, 1,
                        "Deployment/prod-single-replica [prod-replicas] an API service runs 1 replica(s) in production; needs at least 2"),
                broken("sync-worker-short-grace.yaml", false, 1,
                        "Deployment/sync-worker [shutdown-grace] terminationGracePeriodSeconds 20 must exceed quarkus.shutdown.delay (5 s)"
                                + " plus kontor.sync.delivery.shutdown-grace (20 s)"),
                broken("unknown-kind.yaml", false, 1,
                        "Widget/unknown-kind [unknown-kind] example.com/v1 Widget is neither a Kubernetes kind nor one of the CRDs"),
                broken("audit-routed-to-one-service.yaml", false, 6,
                        "Ingress/kontor-api [routing] /api/v1/audit/store goes to documents-service, but store-service serves it"),
                broken("keda-beyond-partitions.yaml", false, 1,
                        "ScaledObject/sync-worker [keda-partitions] maxReplicaCount 12 exceeds the 6 partitions of kontor.documents"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("brokenFixtures")
    void brokenFixtureIsRefusedWithItsRuleAndOnlyThatRule(String fixture, boolean prod, int violations, String message) {
        List<String> arguments = new ArrayList<>();
        if (prod) {
            arguments.add("--prod");
        }
        arguments.add(FIXTURES.resolve(fixture).toString());

        Result result = validate(arguments.toArray(String[]::new));

        assertThat(result.exitCode()).as(result.output()).isEqualTo(1);
        assertThat(result.output()).contains("FAIL validation/fixtures/" + fixture + ": " + message);
        assertThat(result.output().lines().filter(line -> line.matches("FAIL \\S+: \\S+/\\S+ \\[.*")))
                .as("violations of %s: the fixture is broken in one way only%n%s", fixture, result.output())
                .hasSize(violations);
    }

    @Test
    void everyFixtureHasAnExpectedMessage() throws IOException {
        List<String> covered = brokenFixtures().map(arguments -> (String) arguments.get()[0]).toList();
        try (Stream<Path> files = Files.list(FIXTURES)) {
            assertThat(files.map(file -> file.getFileName().toString()))
                    .containsExactlyInAnyOrderElementsOf(covered);
        }
    }

    private static Arguments broken(String fixture, boolean prod, int violations, String message) {
        return Arguments.of(fixture, prod, violations, message);
    }

    private record Result(int exitCode, String output) {
    }

    private static Result validate(String... arguments) {
        List<String> command = new ArrayList<>();
        command.add(K8S.resolve("validate").toString());
        command.addAll(List.of(arguments));
        try {
            Process process = new ProcessBuilder(command).directory(K8S.toFile()).redirectErrorStream(true).start();
            process.getOutputStream().close();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            // The first run installs the validator's npm package (npm ci); later runs take a few seconds.
            assertThat(process.waitFor(10, TimeUnit.MINUTES)).as("validate finished in 10 minutes").isTrue();
            assumeTrue(process.exitValue() != MISSING_TOOL, output.strip());
            return new Result(process.exitValue(), output);
        } catch (IOException e) {
            throw new IllegalStateException("cannot run " + command, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while running " + command, e);
        }
    }

    private static boolean onPath(String executable) {
        return Stream.of(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator))
                .filter(directory -> !directory.isEmpty())
                .map(directory -> Path.of(directory, executable))
                .anyMatch(Files::isExecutable);
    }
}
