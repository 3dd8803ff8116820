package io.kontor.downloadlinks;

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
 * payload. Self-contained, so a connector needs no JWT and documents-service no table of links; the price is that
 * a link cannot be revoked before it expires (keep lifetimes short). documents-service and the sync-worker share
 * the key: the worker signs the links it puts into deliveries, documents-service honours them.
 */
public final class DownloadLinkTokens {

    /** HMAC-SHA256 keys shorter than its output weaken it. */
    public static final int MIN_KEY_BYTES = 32;

    private static final String ALGORITHM = "HmacSHA256";
    private static final int FIXED_PAYLOAD_BYTES = 16 + 16 + 8;
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

    private final SecretKeySpec key;

    /** @throws IllegalStateException for a key shorter than {@link #MIN_KEY_BYTES} */
    public DownloadLinkTokens(byte[] secret) {
        if (secret.length < MIN_KEY_BYTES) {
            throw new IllegalStateException("a download-link key must be at least " + MIN_KEY_BYTES
                    + " bytes (base64-encoded); it has " + secret.length);
        }
        this.key = new SecretKeySpec(secret, ALGORITHM);
    }

    /**
     * @param base64Secret the key as configured
     * @param setting      the name of the setting it came from, for the message when it is unusable
     * @throws IllegalStateException for a key that is not base64 or too short; the message names the setting
     */
    public static DownloadLinkTokens fromBase64(String base64Secret, String setting) {
        byte[] secret;
        try {
            secret = Base64.getDecoder().decode(base64Secret.strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(setting + " is not valid base64", e);
        }
        try {
            return new DownloadLinkTokens(secret);
        } catch (IllegalStateException e) {
            throw new IllegalStateException(setting + ": " + e.getMessage(), e);
        }
    }

    public String sign(LinkTarget target, Instant expiresAt) {
        byte[] partner = target.partnerId().getBytes(StandardCharsets.UTF_8);
        byte[] payload = ByteBuffer.allocate(FIXED_PAYLOAD_BYTES + partner.length)
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
     * @throws DownloadLinkRefused the token was not signed with this key, was altered, or has expired
     */
    public LinkTarget verify(String token, Instant now) {
        String[] parts = token == null ? new String[0] : token.split("\\.", -1);
        if (parts.length != 2) {
            throw new DownloadLinkRefused(null);
        }
        byte[] payload;
        byte[] signature;
        try {
            payload = DECODER.decode(parts[0]);
            signature = DECODER.decode(parts[1]);
        } catch (IllegalArgumentException e) {
            throw new DownloadLinkRefused(null);
        }
        // Constant-time comparison: the time taken reveals nothing about how much of a forged signature matched.
        if (payload.length < FIXED_PAYLOAD_BYTES || !MessageDigest.isEqual(mac(payload), signature)) {
            throw new DownloadLinkRefused(null);
        }
        ByteBuffer buffer = ByteBuffer.wrap(payload);
        UUID documentId = new UUID(buffer.getLong(), buffer.getLong());
        UUID clientId = new UUID(buffer.getLong(), buffer.getLong());
        Instant expiresAt = Instant.ofEpochSecond(buffer.getLong());
        String partnerId = new String(Arrays.copyOfRange(payload, FIXED_PAYLOAD_BYTES, payload.length),
                StandardCharsets.UTF_8);
        if (!now.isBefore(expiresAt)) {
            throw new DownloadLinkRefused(expiresAt);
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
}
