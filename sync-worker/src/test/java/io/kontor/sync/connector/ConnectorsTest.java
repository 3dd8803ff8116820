package io.kontor.sync.connector;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ConnectorsTest {

    private static final OutboundDelivery DELIVERY = new OutboundDelivery(UUID.randomUUID(), 1,
            JsonNodeFactory.instance.objectNode(), List.of(), new byte[0]);

    private record NamedConnector(String channel) implements Connector {

        @Override
        public DeliveryOutcome deliver(OutboundDelivery delivery) {
            throw new UnsupportedOperationException("only looked up here");
        }
    }

    @Test
    void aConnectorIsFoundByItsChannel() {
        Connector webhook = new NamedConnector("WEBHOOK");
        Connector email = new NamedConnector("EMAIL");

        Connectors connectors = new Connectors(List.of(webhook, email));

        assertThat(connectors.forChannel("WEBHOOK")).isSameAs(webhook);
        assertThat(connectors.forChannel("EMAIL")).isSameAs(email);
    }

    @Test
    void aChannelWithoutAConnectorFailsForGoodAndSaysWhichChannelsThereAre() {
        Connectors connectors = new Connectors(List.of(new NamedConnector("WEBHOOK")));

        DeliveryOutcome outcome = connectors.forChannel("KAFKA").deliver(DELIVERY);

        assertThat(outcome.verdict()).isEqualTo(DeliveryOutcome.Verdict.FAILED);
        assertThat(outcome.retryAfter()).isEmpty();
        assertThat(outcome.attempt().errorClass()).isEqualTo(ErrorClass.UNKNOWN_CHANNEL);
        assertThat(outcome.attempt().httpStatus()).isNull();
        assertThat(outcome.attempt().message()).contains("KAFKA").contains("[WEBHOOK]");
    }

    @Test
    void twoConnectorsForOneChannelAreAnErrorAtStartNotAChoiceByChance() {
        List<Connector> twice = List.of(new NamedConnector("WEBHOOK"), new NamedConnector("WEBHOOK"));

        assertThatThrownBy(() -> new Connectors(twice))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("two connectors serve channel WEBHOOK");
    }

    @Test
    void aDeliveryPrintsNoSecretAndNoPayload() {
        OutboundDelivery delivery = new OutboundDelivery(UUID.randomUUID(), 2, JsonNodeFactory.instance.objectNode(),
                List.of("whsec_c2VjcmV0LWtleS1ieXRlcw=="), "{\"invoice\":\"private\"}".getBytes());

        assertThat(delivery.toString()).doesNotContain("whsec_", "c2VjcmV0", "invoice")
                .contains(delivery.deliveryId().toString(), "1 hidden", "21 bytes");
    }
}
