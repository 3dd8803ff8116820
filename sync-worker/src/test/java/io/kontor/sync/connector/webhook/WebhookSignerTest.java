package io.kontor.sync.connector.webhook;

import com.standardwebhooks.Webhook;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class WebhookSignerTest {

    private static final String OLD_SECRET = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";
    private static final String NEW_SECRET = "whsec_C2FVsBQIhrscChlQIMV+b5sSYspob7oD";

    /** Verifies as a receiver would, with the Standard Webhooks reference library, at the current time. */
    private static void verifyAsAReceiver(String secret, String id, long timestamp, byte[] body, String signature)
            throws Exception {
        new Webhook(secret).verify(new String(body, StandardCharsets.UTF_8), Map.of(
                "webhook-id", List.of(id),
                "webhook-timestamp", List.of(Long.toString(timestamp)),
                "webhook-signature", List.of(signature)));
    }

    @Test
    void reproducesTheStandardWebhooksTestVector() {
        // The vector of the specification's reference libraries (standard-webhooks/standard-webhooks, the Java
        // library's WebhookTest.verifyWebhookSignWorks).
        String signature = WebhookSigner.of(List.of(OLD_SECRET))
                .signature("msg_p5jXN8AQM9LWM0D4loKWxJek", 1614265330,
                        "{\"test\": 2432232314}".getBytes(StandardCharsets.UTF_8));

        assertThat(signature).isEqualTo("v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=");
    }

    @Test
    void theReferenceLibraryAcceptsASignatureOverUtf8Json() {
        long now = Instant.now().getEpochSecond();
        byte[] body = "{\"counterparty\":\"Café Müller – Ø\"}".getBytes(StandardCharsets.UTF_8);

        String signature = WebhookSigner.of(List.of(NEW_SECRET)).signature("6f0e7c1a-delivery", now, body);

        assertThatCode(() -> verifyAsAReceiver(NEW_SECRET, "6f0e7c1a-delivery", now, body, signature))
                .doesNotThrowAnyException();
    }

    @Test
    void duringARotationEachSecretSignsSoAReceiverWithEitherOneAccepts() {
        long now = Instant.now().getEpochSecond();
        byte[] body = "{\"type\":\"kontor.document.created.v1\"}".getBytes(StandardCharsets.UTF_8);

        String signature = WebhookSigner.of(List.of(OLD_SECRET, NEW_SECRET)).signature("delivery-1", now, body);

        assertThat(signature.split(" ")).hasSize(2).allMatch(part -> part.startsWith("v1,"));
        assertThatCode(() -> verifyAsAReceiver(OLD_SECRET, "delivery-1", now, body, signature))
                .doesNotThrowAnyException();
        assertThatCode(() -> verifyAsAReceiver(NEW_SECRET, "delivery-1", now, body, signature))
                .doesNotThrowAnyException();
    }

    @Test
    void aChangedBodyNoLongerVerifies() {
        long now = Instant.now().getEpochSecond();
        String signature = WebhookSigner.of(List.of(NEW_SECRET)).signature("delivery-1", now, "{\"a\":1}".getBytes());

        assertThatThrownBy(() -> verifyAsAReceiver(NEW_SECRET, "delivery-1", now, "{\"a\":2}".getBytes(), signature))
                .hasMessageContaining("No matching signature");
    }

    @Test
    void aWebhookIsNeverSentUnsigned() {
        assertThatThrownBy(() -> WebhookSigner.of(List.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("unsigned");
    }

    @Test
    void aSecretNotInTheWhsecFormIsRefusedWithoutBeingShown() {
        assertThatThrownBy(() -> WebhookSigner.of(List.of(NEW_SECRET, "MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("signing secret 2 does not start with whsec_");
        assertThatThrownBy(() -> WebhookSigner.of(List.of("whsec_not-base64!")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("signing secret 1 is not whsec_ followed by base64")
                .hasNoCause();
        assertThatThrownBy(() -> WebhookSigner.of(List.of("whsec_")))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("signing secret 1 is empty");
    }
}
