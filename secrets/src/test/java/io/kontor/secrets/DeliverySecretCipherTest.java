package io.kontor.secrets;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DeliverySecretCipherTest {

    private static final String AT_REST_KEY = "dGVzdC1vbmx5LWtleS1mb3Ita29udG9yLXNlY3JldHM=";
    private static final String DELIVERY_KEY = "dGVzdC1vbmx5LWRlbGl2ZXJ5LWtleS1rb250b3ItMDE=";

    @Test
    void aSecretSealedForTheWorkerOpensWithTheDeliveryKeyOnly() {
        DeliverySecretCipher delivery = new DeliverySecretCipher(config(Optional.of(deliveryKey())));
        String sealed = delivery.seal("whsec_abc", "integration:1");

        assertThat(sealed).startsWith("v1:delivery-1:").doesNotContain("whsec_abc");
        assertThat(delivery.open(sealed, "integration:1")).isEqualTo("whsec_abc");
        assertThatThrownBy(() -> new SecretCipher("delivery-1", AT_REST_KEY, List.of()).decrypt(sealed,
                "integration:1")).isInstanceOf(SecretUnreadable.class);
    }

    @Test
    void aServiceThatNeedsTheDeliveryKeyRefusesToStartWithoutIt() {
        assertThatThrownBy(() -> new DeliverySecretCipher(config(Optional.empty())))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("KONTOR_SECRETS_DELIVERY_KEY");
    }

    @Test
    void theAtRestKeyIsOnlyNeededWhereSomethingIsEncryptedAtRest() {
        SecretsConfig deliveryOnly = config(Optional.of(deliveryKey()));

        assertThat(new DeliverySecretCipher(deliveryOnly).keyId()).isEqualTo("delivery-1");
        assertThatThrownBy(() -> new SecretCipher(withoutAtRestKey(deliveryOnly)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("KONTOR_SECRETS_KEY_ID");
    }

    private static SecretsConfig withoutAtRestKey(SecretsConfig config) {
        return new SecretsConfig() {
            @Override
            public Optional<List<RequiredKey>> required() {
                return Optional.of(List.of(RequiredKey.DELIVERY));
            }

            @Override
            public Optional<String> key() {
                return Optional.empty();
            }

            @Override
            public Optional<String> keyId() {
                return Optional.empty();
            }

            @Override
            public Optional<List<String>> previousKeys() {
                return Optional.empty();
            }

            @Override
            public Optional<DeliveryKey> delivery() {
                return config.delivery();
            }
        };
    }

    private static SecretsConfig.DeliveryKey deliveryKey() {
        return new SecretsConfig.DeliveryKey() {
            @Override
            public String key() {
                return DELIVERY_KEY;
            }

            @Override
            public String keyId() {
                return "delivery-1";
            }

            @Override
            public Optional<List<String>> previousKeys() {
                return Optional.empty();
            }
        };
    }

    private static SecretsConfig config(Optional<SecretsConfig.DeliveryKey> delivery) {
        return new SecretsConfig() {
            @Override
            public Optional<List<RequiredKey>> required() {
                return Optional.empty();
            }

            @Override
            public Optional<String> key() {
                return Optional.of(AT_REST_KEY);
            }

            @Override
            public Optional<String> keyId() {
                return Optional.of("rest-1");
            }

            @Override
            public Optional<List<String>> previousKeys() {
                return Optional.empty();
            }

            @Override
            public Optional<DeliveryKey> delivery() {
                return delivery;
            }
        };
    }
}
