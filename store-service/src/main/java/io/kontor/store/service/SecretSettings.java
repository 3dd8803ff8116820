package io.kontor.store.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.kontor.secrets.DeliverySecretCipher;
import io.kontor.secrets.SecretCipher;
import io.kontor.settings.SettingsSchema;
import io.kontor.store.Installation;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Keeps the settings an extension's schema marks {@code writeOnly} (passwords, API keys) out of the readable
 * settings: they are encrypted for the installation they belong to, and only their names stay readable.
 */
@ApplicationScoped
public class SecretSettings {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final SecretCipher cipher;
    private final DeliverySecretCipher deliveryCipher;

    SecretSettings(SecretCipher cipher, DeliverySecretCipher deliveryCipher) {
        this.cipher = cipher;
        this.deliveryCipher = deliveryCipher;
    }

    /** Stores {@code settings} in the installation: the secret ones encrypted, the others as they are. */
    public void store(Installation installation, ObjectNode settings, JsonNode schema) {
        Set<String> secretNames = SettingsSchema.secretNames(schema);
        ObjectNode readable = settings.deepCopy();
        ObjectNode secrets = JsonNodeFactory.instance.objectNode();
        for (String name : secretNames) {
            JsonNode value = readable.remove(name);
            if (value != null && !value.isNull()) {
                secrets.set(name, value);
            }
        }
        String sealed = secrets.isEmpty() ? null : cipher.encrypt(secrets.toString(), owner(installation));
        List<String> configured = new ArrayList<>();
        secrets.fieldNames().forEachRemaining(configured::add);
        installation.configure(readable, sealed, configured);
    }

    /**
     * All settings of the installation, the secret ones decrypted: for comparing and merging, never for output. Call
     * it on a managed installation inside a transaction: secrets of a previous key are re-encrypted in passing.
     */
    public ObjectNode reveal(Installation installation) {
        ObjectNode all = installation.settings().deepCopy();
        if (installation.sealedSecrets() != null) {
            try {
                all.setAll((ObjectNode) JSON.readTree(open(installation)));
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("the secret settings of installation " + installation.id()
                        + " decrypt to something that is not JSON", e);
            }
        }
        return all;
    }

    /**
     * The secret settings sealed for the sync-worker, which needs them to deliver (an SMTP password, say) but must
     * never hold this service's at-rest key; {@code null} when none is set.
     */
    public String sealedForDelivery(Installation installation) {
        if (installation.sealedSecrets() == null) {
            return null;
        }
        return deliveryCipher.seal(open(installation), owner(installation));
    }

    /** Decrypts the secret settings; sealed with a previous key, they are stored again under the current one. */
    private String open(Installation installation) {
        return cipher.decryptRenewing(installation.sealedSecrets(), owner(installation),
                installation::resealSecrets);
    }

    private static String owner(Installation installation) {
        return "installation:" + installation.id();
    }
}
