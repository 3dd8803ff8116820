package io.kontor.sync.config;

import io.kontor.sync.connector.net.Cidr;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithConverter;
import io.smallrye.config.WithDefault;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * The EMAIL connector (DESIGN.md §6). The relay is the firm's, from its installation (docs/deliveries.md, "Email");
 * what the operator sets here is how long the worker waits and which private networks a relay may be in.
 */
@ConfigMapping(prefix = "kontor.sync.email")
public interface EmailConfig {

    /** Longest the TCP connection may take. */
    @WithDefault("10s")
    Duration connectTimeout();

    /**
     * Longest the relay may take over any one reply or write, and the longest fetching the original may take. Not a
     * bound on the whole attempt: a 25 MB attachment is written in many writes.
     */
    @WithDefault("60s")
    Duration timeout();

    /**
     * Address blocks a relay may be in although the SSRF guard refuses them by default (loopback, private, …), e.g.
     * {@code 10.20.0.0/16} for the firm's relay reached over a VPN. A relay host is typed in by a firm, so without
     * the guard a firm could make the worker talk SMTP to the database next to it. Empty in production.
     */
    Optional<List<@WithConverter(CidrConverter.class) Cidr>> allowedNetworks();
}
