package io.kontor.local;

import io.kontor.testing.Tokens;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.PrivateKey;
import java.time.Duration;
import java.util.List;
import java.util.Set;

/**
 * Tokens the local stack accepts: RS256, signed with the dev key pair in {@code deploy/local/dev-keys}
 * (dev only), issued by {@value #ISSUER}, the issuer the launcher configures every service to expect.
 */
final class DevTokens {

    static final String ISSUER = "https://kontor.local/dev";
    static final List<String> ROLES = List.of("partner-admin", "accountant", "client-manager");

    private final PrivateKey key;

    DevTokens(Path privateKeyPem) {
        if (!Files.isRegularFile(privateKeyPem)) {
            throw new IllegalStateException("the dev private key " + privateKeyPem + " is missing");
        }
        this.key = Tokens.readPrivateKey(privateKeyPem);
    }

    String mint(String partnerId, String subject, Set<String> roles, Duration ttl) {
        return Tokens.mint(key, ISSUER, partnerId, subject, roles, ttl);
    }
}
