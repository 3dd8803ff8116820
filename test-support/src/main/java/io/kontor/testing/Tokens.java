package io.kontor.testing;

import io.smallrye.jwt.build.Jwt;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Set;

/**
 * Mints RS256 tokens shaped like the ones a partner's identity provider issues (DESIGN.md §3):
 * {@code partner_id} is the tenant, {@code groups} the roles. Used by tests and by the local stack's
 * {@code token} command; never by a service.
 */
public final class Tokens {

    private Tokens() {
    }

    public static String mint(PrivateKey key, String issuer, String partnerId, String subject, Set<String> roles,
                              Duration ttl) {
        Instant now = Instant.now();
        return Jwt.issuer(issuer)
                .subject(subject)
                .upn(subject)
                .groups(roles)
                .claim("partner_id", partnerId)
                .issuedAt(now)
                .expiresAt(now.plus(ttl))
                .jws()
                .algorithm(io.smallrye.jwt.algorithm.SignatureAlgorithm.RS256)
                .sign(key);
    }

    public static PrivateKey readPrivateKey(String pkcs8Pem) {
        String base64 = pkcs8Pem
                .replace("-----BEGIN PRIVATE KEY-----", "")
                .replace("-----END PRIVATE KEY-----", "")
                .replaceAll("\\s", "");
        try {
            return KeyFactory.getInstance("RSA")
                    .generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(base64)));
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("not an RSA private key in PKCS#8 PEM form", e);
        }
    }

    public static PrivateKey readPrivateKey(Path pem) {
        try {
            return readPrivateKey(Files.readString(pem, StandardCharsets.US_ASCII));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
