package com.example.kontor.connector;

import com.standardwebhooks.Webhook;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The two webhook verifiers docs/connectors.md shows, run as the files they are ({@code docs/examples/webhook-verify}),
 * against the Standard Webhooks specification's example and against signatures of the reference library: code a
 * connector author copies must verify what Kontor sends. The Node.js cases are skipped, not failed, on a machine
 * without {@code node} on the PATH; the Java ones need only the JDK running the tests.
 */
class WebhookVerifiersTest {

    private static final Path EXAMPLES = Path.of("..", "webhook-verify").toAbsolutePath().normalize();

    // The specification's own example (github.com/standard-webhooks/standard-webhooks, spec/standard-webhooks.md).
    private static final String SPEC_SECRET = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";
    private static final String SPEC_ID = "msg_p5jXN8AQM9LWM0D4loKWxJek";
    private static final String SPEC_TIMESTAMP = "1614265330";
    private static final String SPEC_BODY = "{\"test\": 2432232314}";
    private static final String SPEC_SIGNATURE = "v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=";

    private static final String BODY =
            "{\"type\":\"kontor.document.created.v1\",\"data\":{\"fileName\":\"Rechnung März.pdf\"}}";

    enum Verifier {
        NODE, JAVA;

        List<String> command() {
            return switch (this) {
                case NODE -> List.of("node", EXAMPLES.resolve("verify.mjs").toString());
                case JAVA -> List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        EXAMPLES.resolve("WebhookVerifier.java").toString());
            };
        }
    }

    /** What the verifier printed; it exits 0 exactly when it prints "valid". */
    private static String run(Verifier verifier, String body, String... options) throws Exception {
        if (verifier == Verifier.NODE) {
            Assumptions.assumeTrue(nodeOnPath(), "node is not on the PATH: the Node.js verifier is not checked");
        }
        List<String> command = new ArrayList<>(verifier.command());
        command.addAll(List.of(options));
        Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        try (OutputStream stdin = process.getOutputStream()) {
            stdin.write(body.getBytes(StandardCharsets.UTF_8));
        }
        String printed = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
        assertThat(process.waitFor(30, TimeUnit.SECONDS)).as("%s finished", command).isTrue();
        assertThat(process.exitValue() == 0).as("exit %d with %s", process.exitValue(), printed)
                .isEqualTo(printed.equals("valid"));
        return printed;
    }

    private static boolean nodeOnPath() {
        String path = System.getenv("PATH");
        return path != null && List.of(path.split(java.io.File.pathSeparator)).stream()
                .anyMatch(directory -> Files.isExecutable(Path.of(directory, "node")));
    }

    private static String newSecret() {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        return "whsec_" + Base64.getEncoder().encodeToString(key);
    }

    private static String sign(String secret, String id, long timestamp, String body) throws Exception {
        return new Webhook(secret).sign(id, timestamp, body);
    }

    private static String now() {
        return Long.toString(Instant.now().getEpochSecond());
    }

    @ParameterizedTest
    @EnumSource(Verifier.class)
    void theSpecificationsExampleIsValid(Verifier verifier) throws Exception {
        assertThat(run(verifier, SPEC_BODY, "--secret", SPEC_SECRET, "--webhook-id", SPEC_ID,
                "--webhook-timestamp", SPEC_TIMESTAMP, "--webhook-signature", SPEC_SIGNATURE, "--now", SPEC_TIMESTAMP))
                .isEqualTo("valid");
    }

    @ParameterizedTest
    @EnumSource(Verifier.class)
    void aRequestSignedByTheReferenceLibraryIsValidAndOneByteChangedIsNot(Verifier verifier) throws Exception {
        String secret = newSecret();
        String timestamp = now();
        String signature = sign(secret, "delivery-1", Long.parseLong(timestamp), BODY);

        assertThat(run(verifier, BODY, "--secret", secret, "--webhook-id", "delivery-1",
                "--webhook-timestamp", timestamp, "--webhook-signature", signature)).isEqualTo("valid");
        assertThat(run(verifier, BODY.replace("März", "Marz"), "--secret", secret, "--webhook-id", "delivery-1",
                "--webhook-timestamp", timestamp, "--webhook-signature", signature))
                .isEqualTo("invalid: no v1 signature matches");
    }

    @ParameterizedTest
    @EnumSource(Verifier.class)
    void duringARotationTheSignatureOfEitherSecretIsEnough(Verifier verifier) throws Exception {
        String oldSecret = newSecret();
        String newSecret = newSecret();
        String timestamp = now();
        long seconds = Long.parseLong(timestamp);
        // What Kontor sends while a rotated secret overlaps its successor: one signature per secret.
        String both = sign(oldSecret, "delivery-2", seconds, BODY) + " " + sign(newSecret, "delivery-2", seconds, BODY);

        assertThat(run(verifier, BODY, "--secret", newSecret, "--webhook-id", "delivery-2",
                "--webhook-timestamp", timestamp, "--webhook-signature", both)).isEqualTo("valid");
        // A receiver that holds both secrets accepts the new one's signature alone.
        assertThat(run(verifier, BODY, "--secret", oldSecret, "--secret", newSecret, "--webhook-id", "delivery-2",
                "--webhook-timestamp", timestamp, "--webhook-signature", sign(newSecret, "delivery-2", seconds, BODY)))
                .isEqualTo("valid");
        assertThat(run(verifier, BODY, "--secret", newSecret(), "--webhook-id", "delivery-2",
                "--webhook-timestamp", timestamp, "--webhook-signature", both))
                .isEqualTo("invalid: no v1 signature matches");
    }

    @ParameterizedTest
    @EnumSource(Verifier.class)
    void aCorrectlySignedRequestOutsideTheToleranceIsARefusedReplay(Verifier verifier) throws Exception {
        String secret = newSecret();
        long tenMinutesAgo = Instant.now().getEpochSecond() - 600;
        String signature = sign(secret, "delivery-3", tenMinutesAgo, BODY);

        assertThat(run(verifier, BODY, "--secret", secret, "--webhook-id", "delivery-3",
                "--webhook-timestamp", Long.toString(tenMinutesAgo), "--webhook-signature", signature))
                .isEqualTo("invalid: webhook-timestamp is more than 300 s away from now");
        assertThat(run(verifier, BODY, "--secret", secret, "--webhook-id", "delivery-3",
                "--webhook-timestamp", "1e9", "--webhook-signature", signature))
                .isEqualTo("invalid: webhook-timestamp is not a number of seconds");
    }
}
