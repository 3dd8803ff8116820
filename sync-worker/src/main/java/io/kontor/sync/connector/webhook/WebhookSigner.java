package io.kontor.sync.connector.webhook;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/**
 * Standard Webhooks v1 signatures: {@code v1,<base64 HMAC-SHA256 of "id.timestamp.body">}, one per secret,
 * space-separated in {@code webhook-signature}. While a rotation overlaps there are two secrets, so a receiver
 * that still knows only the old one and a receiver that already has the new one both find a match.
 */
public final class WebhookSigner {

    private static final String SECRET_PREFIX = "whsec_";
    private static final String HMAC_SHA256 = "HmacSHA256";

    private final List<SecretKeySpec> keys;

    private WebhookSigner(List<SecretKeySpec> keys) {
        this.keys = keys;
    }

    /**
     * @param secrets {@code whsec_} and the base64 of the key, as integrations-service issues them
     * @throws IllegalArgumentException when there is none, or one is not of that form; the message shows no
     *                                  secret
     */
    public static WebhookSigner of(List<String> secrets) {
        if (secrets.isEmpty()) {
            throw new IllegalArgumentException("no signing secret: a webhook is never sent unsigned");
        }
        List<SecretKeySpec> keys = new ArrayList<>();
        for (int i = 0; i < secrets.size(); i++) {
            keys.add(key(secrets.get(i), i + 1));
        }
        return new WebhookSigner(List.copyOf(keys));
    }

    /** The value of {@code webhook-signature} for this message. */
    public String signature(String webhookId, long timestamp, byte[] body) {
        byte[] prefix = (webhookId + "." + timestamp + ".").getBytes(StandardCharsets.UTF_8);
        List<String> signatures = new ArrayList<>(keys.size());
        for (SecretKeySpec key : keys) {
            Mac mac = mac(key);
            mac.update(prefix);
            signatures.add("v1," + Base64.getEncoder().encodeToString(mac.doFinal(body)));
        }
        return String.join(" ", signatures);
    }

    private static SecretKeySpec key(String secret, int position) {
        if (secret == null || !secret.startsWith(SECRET_PREFIX)) {
            throw new IllegalArgumentException("signing secret " + position + " does not start with " + SECRET_PREFIX);
        }
        byte[] key;
        try {
            key = Base64.getDecoder().decode(secret.substring(SECRET_PREFIX.length()));
        } catch (IllegalArgumentException e) {
            // Without the cause: the decoder's message quotes a character of the secret.
            throw new IllegalArgumentException("signing secret " + position + " is not " + SECRET_PREFIX
                    + " followed by base64");
        }
        if (key.length == 0) {
            throw new IllegalArgumentException("signing secret " + position + " is empty");
        }
        return new SecretKeySpec(key, HMAC_SHA256);
    }

    private static Mac mac(SecretKeySpec key) {
        try {
            Mac mac = Mac.getInstance(HMAC_SHA256);
            mac.init(key);
            return mac;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every JDK has " + HMAC_SHA256, e);
        }
    }
}
