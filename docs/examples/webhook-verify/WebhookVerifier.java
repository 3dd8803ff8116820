import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Verifies a Kontor webhook (Standard Webhooks v1) with the JDK alone; docs/connectors.md explains each check. The
 * kafka-consumer example's WebhookVerifiersTest runs this file against signatures of the reference library.
 *
 * <pre>
 * WebhookVerifier verifier = new WebhookVerifier(List.of(secret), WebhookVerifier.DEFAULT_TOLERANCE,
 *         Clock.systemUTC());
 * verifier.verify(request.getHeader("webhook-id"), request.getHeader("webhook-timestamp"),
 *         request.getHeader("webhook-signature"), rawBody);   // throws InvalidWebhook
 * </pre>
 *
 * As a command (Java 17 runs a single source file): {@code java WebhookVerifier.java --secret whsec_...
 * --webhook-id <id> --webhook-timestamp <s> --webhook-signature "v1,..." [--tolerance 300] [--now <s>] < body}
 * prints {@code valid} (exit 0) or {@code invalid: <reason>} (exit 1).
 */
public final class WebhookVerifier {

    public static final Duration DEFAULT_TOLERANCE = Duration.ofMinutes(5);

    private static final String SECRET_PREFIX = "whsec_";
    private static final Pattern TIMESTAMP = Pattern.compile("[0-9]{1,15}");

    private final List<SecretKeySpec> keys;
    private final Duration tolerance;
    private final Clock clock;

    /**
     * @param secrets   "whsec_" + base64; while a rotation overlaps, the old and the new one: either may have signed
     * @param tolerance how far webhook-timestamp may be from now; a replayed request is older
     */
    public WebhookVerifier(List<String> secrets, Duration tolerance, Clock clock) {
        List<SecretKeySpec> keys = new ArrayList<>();
        for (String secret : secrets) {
            if (secret == null || !secret.startsWith(SECRET_PREFIX)) {
                throw new IllegalArgumentException("a signing secret is whsec_ followed by base64");
            }
            byte[] key;
            try {
                // The key is what the base64 after whsec_ decodes to, not that text itself.
                key = Base64.getDecoder().decode(secret.substring(SECRET_PREFIX.length()));
            } catch (IllegalArgumentException e) {
                // Without the cause: the decoder's message quotes a character of the secret.
                throw new IllegalArgumentException("a signing secret is whsec_ followed by base64");
            }
            keys.add(new SecretKeySpec(key, "HmacSHA256"));
        }
        if (keys.isEmpty()) {
            throw new IllegalArgumentException("no signing secret");
        }
        this.keys = List.copyOf(keys);
        this.tolerance = tolerance;
        this.clock = clock;
    }

    /** A request that did not pass; the message says which check failed and may be logged. */
    public static final class InvalidWebhook extends Exception {
        InvalidWebhook(String message) {
            super(message);
        }
    }

    /**
     * @param body the raw bytes received: JSON that was parsed and serialised again is not what was signed
     * @throws InvalidWebhook unless a v1 signature of one of the secrets matches and the timestamp is fresh
     */
    public void verify(String webhookId, String webhookTimestamp, String webhookSignature, byte[] body)
            throws InvalidWebhook {
        if (webhookId == null || webhookTimestamp == null || webhookSignature == null) {
            throw new InvalidWebhook("a webhook-id, webhook-timestamp or webhook-signature header is missing");
        }
        if (!TIMESTAMP.matcher(webhookTimestamp).matches()) {
            throw new InvalidWebhook("webhook-timestamp is not a number of seconds");
        }
        Instant signedAt = Instant.ofEpochSecond(Long.parseLong(webhookTimestamp));
        if (Duration.between(signedAt, clock.instant()).abs().compareTo(tolerance) > 0) {
            throw new InvalidWebhook("webhook-timestamp is more than " + tolerance.toSeconds() + " s away from now");
        }
        byte[] prefix = (webhookId + "." + webhookTimestamp + ".").getBytes(StandardCharsets.UTF_8);
        List<byte[]> expected = new ArrayList<>();
        for (SecretKeySpec key : keys) {
            expected.add(hmac(key, prefix, body));
        }
        // "v1,<base64> v1,<base64>": one per secret Kontor signs with. Other versions are skipped, not failed on.
        for (String candidate : webhookSignature.split(" ")) {
            if (!candidate.startsWith("v1,")) {
                continue;
            }
            byte[] given;
            try {
                given = Base64.getDecoder().decode(candidate.substring("v1,".length()));
            } catch (IllegalArgumentException e) {
                continue;
            }
            for (byte[] mac : expected) {
                // MessageDigest.isEqual takes the same time wherever the first difference is.
                if (MessageDigest.isEqual(mac, given)) {
                    return;
                }
            }
        }
        throw new InvalidWebhook("no v1 signature matches");
    }

    private static byte[] hmac(SecretKeySpec key, byte[] prefix, byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            mac.update(prefix);
            return mac.doFinal(body);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every JDK has HmacSHA256", e);
        }
    }

    public static void main(String[] args) throws IOException {
        List<String> secrets = new ArrayList<>();
        String id = null;
        String timestamp = null;
        String signature = null;
        Duration tolerance = DEFAULT_TOLERANCE;
        Clock clock = Clock.systemUTC();
        for (int i = 0; i + 1 < args.length; i += 2) {
            String value = args[i + 1];
            switch (args[i]) {
                case "--secret" -> secrets.add(value);
                case "--webhook-id" -> id = value;
                case "--webhook-timestamp" -> timestamp = value;
                case "--webhook-signature" -> signature = value;
                case "--tolerance" -> tolerance = Duration.ofSeconds(Long.parseLong(value));
                case "--now" -> clock = Clock.fixed(Instant.ofEpochSecond(Long.parseLong(value)), clock.getZone());
                default -> usage();
            }
        }
        if (secrets.isEmpty() || args.length % 2 != 0) {
            usage();
        }
        try {
            new WebhookVerifier(secrets, tolerance, clock).verify(id, timestamp, signature, System.in.readAllBytes());
            System.out.println("valid");
        } catch (InvalidWebhook e) {
            System.out.println("invalid: " + e.getMessage());
            System.exit(1);
        }
    }

    private static void usage() {
        System.err.println("usage: java WebhookVerifier.java --secret whsec_... [--secret ...] --webhook-id <id>"
                + " --webhook-timestamp <s> --webhook-signature <v1,...> [--tolerance 300] [--now <s>] < body");
        System.exit(2);
    }
}
