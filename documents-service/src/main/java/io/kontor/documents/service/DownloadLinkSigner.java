package io.kontor.documents.service;

import io.kontor.documents.config.DocumentsConfig;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.UUID;

/**
 * Signs and checks the tokens of download links. A token is {@code <payload>.<signature>}, both base64url: the
 * payload names the document (partner, client, document) and the expiry, the signature is HMAC-SHA256 over the
 * payload. Self-contained, so a connector needs no JWT and the service no table of links; the price is that a
 * link cannot be revoked before it expires (keep lifetimes short).
 */
// Created at start-up, so that a missing or malformed key stops the service instead of failing requests.
@Startup
@ApplicationScoped
public class DownloadLinkSigner {

    private static final String ALGORITHM = "HmacSHA256";
    private static final int MIN_KEY_BYTES = 32;
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

    private final SecretKeySpec key;

    @Inject
    DownloadLinkSigner(DocumentsConfig config) {
        this(decodeSecret(config.downloadLinks().secret()));
    }

    DownloadLinkSigner(byte[] secret) {
        if (secret.length < MIN_KEY_BYTES) {
            throw new IllegalStateException("kontor.documents.download-links.secret must be at least "
                    + MIN_KEY_BYTES + " bytes (base64-encoded); it has " + secret.length);
        }
        this.key = new SecretKeySpec(secret, ALGORITHM);
    }

    public String sign(LinkTarget target, Instant expiresAt) {
        byte[] partner = target.partnerId().getBytes(StandardCharsets.UTF_8);
        byte[] payload = ByteBuffer.allocate(16 + 16 + 8 + partner.length)
                .putLong(target.documentId().getMostSignificantBits())
                .putLong(target.documentId().getLeastSignificantBits())
                .putLong(target.clientId().getMostSignificantBits())
                .putLong(target.clientId().getLeastSignificantBits())
                .putLong(expiresAt.getEpochSecond())
                .put(partner)
                .array();
        return ENCODER.encodeToString(payload) + "." + ENCODER.encodeToString(mac(payload));
    }

    /**
     * @return the document the token grants, if its signature is ours and it has not expired at {@code now}
     * @throws InvalidDownloadLink the token was not signed with this service's key, or was altered
     * @throws DownloadLinkExpired the token is genuine but too old
     */
    public LinkTarget verify(String token, Instant now) {
        String[] parts = token == null ? new String[0] : token.split("\\.", -1);
        if (parts.length != 2) {
            throw new InvalidDownloadLink();
        }
        byte[] payload;
        byte[] signature;
        try {
            payload = DECODER.decode(parts[0]);
            signature = DECODER.decode(parts[1]);
        } catch (IllegalArgumentException e) {
            throw new InvalidDownloadLink();
        }
        // Constant-time comparison: the time taken reveals nothing about how much of a forged signature matched.
        if (payload.length < 40 || !MessageDigest.isEqual(mac(payload), signature)) {
            throw new InvalidDownloadLink();
        }
        ByteBuffer buffer = ByteBuffer.wrap(payload);
        UUID documentId = new UUID(buffer.getLong(), buffer.getLong());
        UUID clientId = new UUID(buffer.getLong(), buffer.getLong());
        Instant expiresAt = Instant.ofEpochSecond(buffer.getLong());
        String partnerId = new String(Arrays.copyOfRange(payload, 40, payload.length), StandardCharsets.UTF_8);
        if (!now.isBefore(expiresAt)) {
            throw new DownloadLinkExpired(expiresAt);
        }
        return new LinkTarget(partnerId, clientId, documentId);
    }

    private byte[] mac(byte[] payload) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            return mac.doFinal(payload);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every Java runtime has " + ALGORITHM, e);
        }
    }

    private static byte[] decodeSecret(String secret) {
        try {
            return Base64.getDecoder().decode(secret.strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("kontor.documents.download-links.secret is not valid base64", e);
        }
    }

    /** The document a download link grants access to. */
    public record LinkTarget(String partnerId, UUID clientId, UUID documentId) {
    }
}
