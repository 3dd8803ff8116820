package io.kontor.sync.service;

import io.kontor.sync.connector.OutboundDelivery;

import java.util.UUID;

/**
 * One attempt ready to go: the channel that carries it and what the connector sends.
 *
 * @param traceparent the trace the delivery was queued in, which the attempt continues; {@code null} for none
 */
public record PreparedAttempt(String channel, UUID integrationId, String traceparent, OutboundDelivery delivery) {
}
