package io.kontor.sync.connector.webhook;

import io.kontor.sync.config.WebhookConfig;
import io.kontor.sync.connector.net.Cidr;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class WebhookConfigTest {

    @Test
    void defaultsAreTheDesignsTimeoutAndNoAllowedNetworks() {
        WebhookConfig config = WebhookConfigs.of(Map.of());

        assertThat(config.timeout()).isEqualTo(Duration.ofSeconds(15));
        assertThat(config.connectTimeout()).isEqualTo(Duration.ofSeconds(5));
        assertThat(config.allowedNetworks()).isEmpty();
    }

    @Test
    void allowedNetworksAreACommaSeparatedListOfBlocksAsAnEnvironmentVariableGivesThem() {
        WebhookConfig config = WebhookConfigs.of(Map.of("allowed-networks", "127.0.0.0/8,::1/128"));

        assertThat(config.allowedNetworks()).contains(List.of(Cidr.of("127.0.0.0/8"), Cidr.of("::1")));
    }

    @Test
    void aMistypedNetworkStopsTheServiceFromStartingRatherThanAllowingNothingOrEverything() {
        assertThatThrownBy(() -> WebhookConfigs.of(Map.of("allowed-networks", "127.0.0.1/8")))
                .hasStackTraceContaining("127.0.0.0/8");
    }
}
