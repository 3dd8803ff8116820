package io.kontor.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.PrivateKey;
import java.time.Duration;
import java.util.Set;

/** Tokens the services under test accept, and the bad ones they must refuse. */
public final class TestTokens {

    /** Also in this jar's META-INF/microprofile-config.properties, which the services under test read. */
    public static final String ISSUER = "https://kontor.test/issuer";

    private static final PrivateKey KEY = Tokens.readPrivateKey(resource("test-keys/test-private.pem"));
    private static final Duration TTL = Duration.ofHours(1);

    private TestTokens() {
    }

    public static String token(String partnerId, String... roles) {
        return Tokens.mint(KEY, ISSUER, partnerId, "user-of-" + partnerId, Set.of(roles), TTL);
    }

    public static String tokenForUser(String partnerId, String userId, String... roles) {
        return Tokens.mint(KEY, ISSUER, partnerId, userId, Set.of(roles), TTL);
    }

    public static String partnerAdmin(String partnerId) {
        return token(partnerId, "partner-admin");
    }

    public static String expired(String partnerId, String... roles) {
        return Tokens.mint(KEY, ISSUER, partnerId, "user-of-" + partnerId, Set.of(roles), Duration.ofHours(-1));
    }

    public static String wrongIssuer(String partnerId, String... roles) {
        return Tokens.mint(KEY, "https://issuer.invalid", partnerId, "user-of-" + partnerId, Set.of(roles), TTL);
    }

    /** Well-formed, but signed by a key the services do not trust. */
    public static String wrongSignature(String partnerId, String... roles) {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return Tokens.mint(generator.generateKeyPair().getPrivate(), ISSUER, partnerId, "user-of-" + partnerId,
                    Set.of(roles), TTL);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String resource(String name) {
        try (InputStream in = TestTokens.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException(name + " is missing from the test-support jar");
            }
            return new String(in.readAllBytes(), StandardCharsets.US_ASCII);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
