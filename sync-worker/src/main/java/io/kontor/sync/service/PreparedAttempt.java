package io.kontor.sync.service;

import io.kontor.sync.connector.OutboundDelivery;

/** One attempt ready to go: the channel that carries it and what the connector sends. */
public record PreparedAttempt(String channel, OutboundDelivery delivery) {
}
