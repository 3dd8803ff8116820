package io.kontor.secrets;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import org.jboss.logging.Logger;

import java.util.List;

/**
 * Builds, at start-up, the ciphers of the keys this service says it needs ({@code kontor.secrets.required}): a
 * missing or malformed key stops the start instead of failing the first request that stores or sends a secret.
 */
@ApplicationScoped
class RequiredSecretKeys {

    private static final Logger LOG = Logger.getLogger(RequiredSecretKeys.class);

    void check(@Observes StartupEvent event, SecretsConfig config, Instance<SecretCipher> atRest,
               Instance<DeliverySecretCipher> delivery) {
        for (SecretsConfig.RequiredKey key : config.required().orElse(List.of())) {
            switch (key) {
                case AT_REST -> LOG.infof("Secrets at rest are encrypted with key '%s'",
                        atRest.get().currentKeyId());
                case DELIVERY -> LOG.infof("Secrets for the sync-worker are sealed with delivery key '%s'",
                        delivery.get().keyId());
            }
        }
    }
}
