package io.kontor.integrations.service;

import io.kontor.integrations.Integration;

/**
 * An integration with a signing secret that was just issued: the one moment its plain text may be shown.
 *
 * @param signingSecret null when the integration does not sign (a channel other than WEBHOOK)
 */
public record IssuedSecret(Integration integration, String signingSecret) {
}
