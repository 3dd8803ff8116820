package io.kontor.sync.service;

import io.kontor.sync.config.DeliveryConfig;
import io.kontor.sync.repository.DeliveryBacklog;
import io.kontor.sync.repository.DeliveryRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

/** Leases on due deliveries, each claim and release its own short transaction. */
@ApplicationScoped
public class DeliveryClaims {

    private final DeliveryRepository deliveries;
    private final DeliveryConfig config;
    private final Clock clock;

    public DeliveryClaims(DeliveryRepository deliveries, DeliveryConfig config, Clock clock) {
        this.deliveries = deliveries;
        this.config = config;
        this.clock = clock;
    }

    @Transactional
    public List<UUID> claim(String owner, int limit) {
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        return deliveries.claimDue(owner, now, now.plus(config.lease()), limit);
    }

    @Transactional
    public DeliveryBacklog backlog() {
        return deliveries.backlog(clock.instant().truncatedTo(ChronoUnit.MICROS));
    }

    @Transactional
    public int release(String owner) {
        return deliveries.releaseLeasesOf(owner);
    }
}
