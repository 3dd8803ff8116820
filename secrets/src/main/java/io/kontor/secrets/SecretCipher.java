package io.kontor.secrets;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Encrypts secret settings for storage with AES-256-GCM. A sealed value reads {@code v1:<keyId>:<base64>}, the
 * base64 holding a fresh 96-bit nonce followed by the ciphertext and its 128-bit tag. The caller names what the
 * secret belongs to (e.g. an installation id) as associated data, so a sealed value copied onto another row does
 * not decrypt there.
 * <p>
 * Key rotation is lazy: a value sealed with a previous key is sealed again with the current one the next time its
 * service opens it ({@link #decryptRenewing}), so no batch job has to hold every secret in memory at once.
 */
@ApplicationScoped
public class SecretCipher {

    private static final Logger LOG = Logger.getLogger(SecretCipher.class);

    private static final String FORMAT = "v1";
    private static final String TRANSFORMATION = "AES/GCM/NoPadding";
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final int KEY_BYTES = 32;

    private final SecureRandom random = new SecureRandom();
    private final String currentKeyId;
    private final Map<String, SecretKeySpec> keys = new HashMap<>();

    @Inject
    SecretCipher(SecretsConfig config) {
        this(config.keyId().orElseThrow(() -> missing("kontor.secrets.key-id (KONTOR_SECRETS_KEY_ID)")),
                config.key().orElseThrow(() -> missing("kontor.secrets.key (KONTOR_SECRETS_KEY)")),
                config.previousKeys().orElse(List.of()));
    }

    /** A cipher outside CDI: for tools, and tests that need a value sealed with a key the service no longer uses. */
    public SecretCipher(String keyId, String key, Iterable<String> previousKeys) {
        this.currentKeyId = requireKeyId(keyId);
        keys.put(currentKeyId, aesKey(keyId, key));
        for (String previous : previousKeys) {
            int colon = previous.indexOf(':');
            if (colon < 1) {
                throw new IllegalStateException("kontor.secrets.previous-keys entries read <keyId>:<base64 key>");
            }
            String id = requireKeyId(previous.substring(0, colon));
            keys.putIfAbsent(id, aesKey(id, previous.substring(colon + 1)));
        }
    }

    /** The id of the key new values are sealed with; safe to log. */
    public String currentKeyId() {
        return currentKeyId;
    }

    /** @param owner what the secret belongs to; the same value must be given to {@link #decrypt} */
    public String encrypt(String plaintext, String owner) {
        byte[] nonce = new byte[NONCE_BYTES];
        random.nextBytes(nonce);
        byte[] sealed = run(Cipher.ENCRYPT_MODE, keys.get(currentKeyId), nonce, owner,
                plaintext.getBytes(StandardCharsets.UTF_8));
        byte[] stored = ByteBuffer.allocate(nonce.length + sealed.length).put(nonce).put(sealed).array();
        return FORMAT + ":" + currentKeyId + ":" + Base64.getEncoder().encodeToString(stored);
    }

    /**
     * @throws SecretUnreadable when the value was altered, belongs to another owner, or its key is not configured;
     *                          the message never contains the value
     */
    public String decrypt(String sealedValue, String owner) {
        String[] parts = sealedValue.split(":", 3);
        if (parts.length != 3 || !FORMAT.equals(parts[0])) {
            throw new SecretUnreadable("a stored secret is not in the " + FORMAT + " format");
        }
        SecretKeySpec key = keys.get(parts[1]);
        if (key == null) {
            throw new SecretUnreadable("a stored secret was encrypted with key '" + parts[1]
                    + "', which is neither the current key nor a previous one (KONTOR_SECRETS_PREVIOUS_KEYS, or "
                    + "KONTOR_SECRETS_DELIVERY_PREVIOUS_KEYS for a secret sealed for the sync-worker)");
        }
        try {
            byte[] stored = Base64.getDecoder().decode(parts[2]);
            if (stored.length <= NONCE_BYTES) {
                throw new SecretUnreadable("a stored secret is cut short");
            }
            byte[] nonce = Arrays.copyOf(stored, NONCE_BYTES);
            byte[] sealed = Arrays.copyOfRange(stored, NONCE_BYTES, stored.length);
            return new String(run(Cipher.DECRYPT_MODE, key, nonce, owner, sealed), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw new SecretUnreadable("a stored secret is not valid base64");
        }
    }

    /**
     * Decrypts a stored value like {@link #decrypt} and, when it was sealed with a previous key, hands the same value
     * sealed with the current key to {@code store}, which writes it in place of the old one. A service calls this
     * wherever it opens a stored secret; that is how a rotation reaches every secret that is still used.
     *
     * @param store where the renewed value goes (the entity's column); not called when the value is current
     * @throws SecretUnreadable as {@link #decrypt}; {@code store} is then not called
     */
    public String decryptRenewing(String sealedValue, String owner, Consumer<String> store) {
        String plaintext = decrypt(sealedValue, owner);
        String keyId = sealedValue.split(":", 3)[1];
        if (!currentKeyId.equals(keyId)) {
            store.accept(encrypt(plaintext, owner));
            LOG.debugf("Re-encrypted the secret of %s from key '%s' to key '%s'", owner, keyId, currentKeyId);
        }
        return plaintext;
    }

    private static byte[] run(int mode, SecretKeySpec key, byte[] nonce, String owner, byte[] input) {
        try {
            Cipher cipher = Cipher.getInstance(TRANSFORMATION);
            cipher.init(mode, key, new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(owner.getBytes(StandardCharsets.UTF_8));
            return cipher.doFinal(input);
        } catch (AEADBadTagException e) {
            throw new SecretUnreadable("a stored secret does not authenticate: altered, or stored for another owner");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is unavailable in this Java runtime", e);
        }
    }

    private static IllegalStateException missing(String setting) {
        return new IllegalStateException(setting + " is required: it encrypts secrets at rest");
    }

    private static String requireKeyId(String keyId) {
        if (keyId == null || !keyId.matches("[A-Za-z0-9._-]{1,64}")) {
            throw new IllegalStateException("a secrets key id is 1 to 64 letters, digits, '.', '_' or '-'");
        }
        return keyId;
    }

    private static SecretKeySpec aesKey(String keyId, String base64) {
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(base64.strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("secrets key '" + keyId + "' is not valid base64");
        }
        if (bytes.length != KEY_BYTES) {
            throw new IllegalStateException("secrets key '" + keyId + "' must be " + KEY_BYTES
                    + " bytes (AES-256); it has " + bytes.length);
        }
        return new SecretKeySpec(bytes, "AES");
    }
}
