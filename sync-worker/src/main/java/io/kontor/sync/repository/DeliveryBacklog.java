package io.kontor.sync.repository;

/**
 * @param due      pending deliveries whose attempt is due and that no worker holds
 * @param retrying deliveries in status {@code RETRYING}
 */
public record DeliveryBacklog(long due, long retrying) {
}
