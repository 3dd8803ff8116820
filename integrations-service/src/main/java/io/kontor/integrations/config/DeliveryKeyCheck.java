package io.kontor.integrations.config;

import io.kontor.secrets.DeliverySecretCipher;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;

/**
 * Every integration event carries the webhook signing secrets sealed with the delivery key: without that key the
 * service could not publish a single change, so it refuses to start (the cipher's constructor, run here, checks the
 * key) rather than fail the first request.
 */
@ApplicationScoped
class DeliveryKeyCheck {

    private static final Logger LOG = Logger.getLogger(DeliveryKeyCheck.class);

    void requireDeliveryKey(@Observes StartupEvent event, DeliverySecretCipher cipher) {
        LOG.infof("Secrets sent to the sync-worker are sealed with delivery key '%s'", cipher.keyId());
    }
}
