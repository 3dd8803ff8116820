package io.kontor.sync.config;

import io.kontor.sync.connector.net.Cidr;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithConverter;
import io.smallrye.config.WithDefault;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** The WEBHOOK connector (DESIGN.md §6); docs/deliveries.md describes each setting. */
@ConfigMapping(prefix = "kontor.sync.webhook")
public interface WebhookConfig {

    /**
     * Longest one attempt may take, from resolving the host to the last byte of the answer read. A receiver that
     * needs longer should answer at once and work afterwards.
     */
    @WithDefault("15s")
    Duration timeout();

    /** Longest the TCP connection (and the TLS handshake's start) may take, within {@link #timeout()}. */
    @WithDefault("5s")
    Duration connectTimeout();

    /**
     * Address blocks deliveries may reach although the SSRF guard refuses them by default (loopback, private,
     * link-local, …), e.g. {@code 127.0.0.0/8,::1/128} for a receiver on the same machine. Empty in production.
     */
    Optional<List<@WithConverter(CidrConverter.class) Cidr>> allowedNetworks();
}
