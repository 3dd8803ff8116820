package io.kontor.sync.connector;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.kontor.sync.connector.email.EmailConnector;
import io.kontor.sync.connector.webhook.WebhookConnector;
import io.kontor.testing.KontorTestEnvironment;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The connectors as the running service has them: found by channel, configured with the production defaults. */
@QuarkusTest
@WithTestResource(KontorTestEnvironment.class)
class ConnectorsWiringTest {

    @Inject
    Connectors connectors;

    @Test
    void theWebhookChannelIsServedByTheWebhookConnector() {
        assertThat(connectors.forChannel("WEBHOOK")).isInstanceOf(WebhookConnector.class);
    }

    @Test
    void theEmailChannelIsServedByTheEmailConnector() {
        assertThat(connectors.forChannel("EMAIL")).isInstanceOf(EmailConnector.class);
    }

    @Test
    void theServiceRefusesToDeliverToTheCloudMetadataAddress() {
        // Tests allow loopback (the receivers run there); nothing allows the metadata endpoint.
        OutboundDelivery toMetadata = new OutboundDelivery(UUID.randomUUID(), 1,
                JsonNodeFactory.instance.objectNode().put("url", "http://169.254.169.254/latest/meta-data/"),
                List.of("whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw"), "{}".getBytes());

        DeliveryOutcome outcome = connectors.forChannel("WEBHOOK").deliver(toMetadata);

        assertThat(outcome.verdict()).isEqualTo(DeliveryOutcome.Verdict.FAILED);
        assertThat(outcome.attempt().errorClass()).isEqualTo(ErrorClass.SSRF_REFUSED);
    }
}
