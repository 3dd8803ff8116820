package io.kontor.sync.config;

import io.smallrye.config.WithDefault;
import io.smallrye.config.ConfigMapping;

import java.time.Duration;
import java.util.Optional;

/**
 * The EMAIL connector (DESIGN.md §6): the SMTP relay every mail delivery of this worker goes through, the
 * operator's. Per-installation relays (the partner's own, from the store) need the integration snapshot to carry
 * them and are not read yet; docs/deliveries.md, "Email", says so.
 */
@ConfigMapping(prefix = "kontor.sync.email")
public interface EmailConfig {

    /** The relay's host; without it, mail deliveries fail saying so rather than the worker refusing to start. */
    Optional<String> host();

    /** 587, the submission port, goes with {@link TlsMode#STARTTLS}; 465 with {@link TlsMode#TLS}. */
    @WithDefault("587")
    int port();

    /** STARTTLS by default and required: a relay that does not offer it is not sent to in clear. */
    @WithDefault("starttls")
    TlsMode tls();

    Optional<String> username();

    Optional<String> password();

    /** The sender address, e.g. {@code documents@kontor.example}: it must be one the relay may send as. */
    Optional<String> from();

    /** Longest the TCP connection may take. */
    @WithDefault("10s")
    Duration connectTimeout();

    /**
     * Longest the relay may take over any one reply or write, and the longest fetching the original may take. Not a
     * bound on the whole attempt: a 25 MB attachment is written in many writes.
     */
    @WithDefault("60s")
    Duration timeout();

    enum TlsMode {
        /** Plain SMTP: only for a relay on the same host or a trusted network. */
        NONE,
        /** Upgrade the connection with STARTTLS, and refuse to go on if the relay does not offer it. */
        STARTTLS,
        /** TLS from the first byte (SMTPS, usually port 465). */
        TLS
    }
}
