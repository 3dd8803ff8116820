package io.kontor.events.installations;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;

/**
 * What the sync-worker needs of an installation to deliver through it: the firm's settings (an EMAIL extension's
 * SMTP relay, say) and the catalog's conventions for the channel. Carried by the installation's events so that a
 * delivery never waits on store-service (docs/architecture.md, "What the sync-worker gets").
 *
 * @param settings            the partner-level settings that may be shown, e.g. {@code {"smtpHost": …}}
 * @param sealedSecrets       the secret ones (the schema's {@code writeOnly} settings) as one JSON object, AES-256-GCM
 *                            sealed with the delivery key ({@code v1:<keyId>:<base64>}, associated data
 *                            {@code installation:<installationId>}); {@code null} when none is set
 * @param deliveryConventions how the extension's package wants documents, per channel; for EMAIL the subject,
 *                            the mailbox per document type, the media types it reads (docs/connectors.md)
 */
public record PartnerSettings(JsonNode settings, String sealedSecrets, JsonNode deliveryConventions) {

    /** An installation with nothing to configure and no conventions, as a generic webhook has. */
    public static PartnerSettings none() {
        return new PartnerSettings(JsonNodeFactory.instance.objectNode(), null, JsonNodeFactory.instance.objectNode());
    }

    /** Names the secret's presence only: an event may end up in a log line. */
    @Override
    public String toString() {
        return "PartnerSettings[settings=" + settings + ", sealedSecrets=" + (sealedSecrets == null ? "none" : "sealed")
                + ", deliveryConventions=" + deliveryConventions + "]";
    }
}
