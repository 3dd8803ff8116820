package io.kontor.secrets;

import org.junit.jupiter.api.Test;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SecretCipherTest {

    private static final String KEY_1 = newKey();
    private static final String KEY_2 = newKey();

    @Test
    void aSecretDecryptsForItsOwnerAndIsNotReadableInItsSealedForm() {
        SecretCipher cipher = new SecretCipher("k1", KEY_1, List.of());

        String sealed = cipher.encrypt("{\"password\":\"hunter2\"}", "installation-1");

        assertThat(sealed).startsWith("v1:k1:").doesNotContain("hunter2").doesNotContain("password");
        assertThat(cipher.decrypt(sealed, "installation-1")).isEqualTo("{\"password\":\"hunter2\"}");
    }

    @Test
    void theSameSecretEncryptsDifferentlyEachTime() {
        SecretCipher cipher = new SecretCipher("k1", KEY_1, List.of());

        assertThat(cipher.encrypt("same", "owner")).isNotEqualTo(cipher.encrypt("same", "owner"));
    }

    @Test
    void aSealedValueMovedToAnotherOwnerDoesNotDecrypt() {
        SecretCipher cipher = new SecretCipher("k1", KEY_1, List.of());
        String sealed = cipher.encrypt("secret", "installation-1");

        assertThatThrownBy(() -> cipher.decrypt(sealed, "installation-2"))
                .isInstanceOf(SecretUnreadable.class)
                .hasMessageNotContaining("secret\"");
    }

    @Test
    void anAlteredSealedValueDoesNotDecrypt() {
        SecretCipher cipher = new SecretCipher("k1", KEY_1, List.of());
        String sealed = cipher.encrypt("secret", "owner");
        byte[] bytes = Base64.getDecoder().decode(sealed.substring("v1:k1:".length()));
        bytes[bytes.length - 1] ^= 1;
        String altered = "v1:k1:" + Base64.getEncoder().encodeToString(bytes);

        assertThatThrownBy(() -> cipher.decrypt(altered, "owner")).isInstanceOf(SecretUnreadable.class);
        assertThatThrownBy(() -> cipher.decrypt("v1:k1:not base64!", "owner")).isInstanceOf(SecretUnreadable.class);
        assertThatThrownBy(() -> cipher.decrypt("v1:k1:AAAA", "owner")).isInstanceOf(SecretUnreadable.class);
        assertThatThrownBy(() -> cipher.decrypt("plaintext", "owner")).isInstanceOf(SecretUnreadable.class);
    }

    @Test
    void afterARotationOldSecretsStillDecryptAndNewOnesUseTheNewKey() {
        String sealedUnderOldKey = new SecretCipher("k1", KEY_1, List.of()).encrypt("old secret", "owner");
        SecretCipher rotated = new SecretCipher("k2", KEY_2, List.of("k1:" + KEY_1));

        assertThat(rotated.decrypt(sealedUnderOldKey, "owner")).isEqualTo("old secret");
        assertThat(rotated.encrypt("new secret", "owner")).startsWith("v1:k2:");
    }

    @Test
    void aSecretOfAKeyThatIsNoLongerConfiguredNamesTheKeyButNotTheSecret() {
        String sealed = new SecretCipher("k1", KEY_1, List.of()).encrypt("old secret", "owner");
        SecretCipher withoutK1 = new SecretCipher("k2", KEY_2, List.of());

        assertThatThrownBy(() -> withoutK1.decrypt(sealed, "owner"))
                .isInstanceOf(SecretUnreadable.class)
                .hasMessageContaining("'k1'")
                .hasMessageNotContaining("old secret");
    }

    @Test
    void aSecretOfAPreviousKeyIsReadAndHandedBackSealedWithTheCurrentKey() {
        String sealedUnderOldKey = new SecretCipher("k1", KEY_1, List.of()).encrypt("old secret", "owner");
        SecretCipher rotated = new SecretCipher("k2", KEY_2, List.of("k1:" + KEY_1));
        List<String> stored = new ArrayList<>();

        assertThat(rotated.decryptRenewing(sealedUnderOldKey, "owner", stored::add)).isEqualTo("old secret");

        assertThat(stored).singleElement().satisfies(renewed -> {
            assertThat(renewed).startsWith("v1:k2:").doesNotContain("old secret");
            assertThat(new SecretCipher("k2", KEY_2, List.of()).decrypt(renewed, "owner")).isEqualTo("old secret");
        });
    }

    @Test
    void aSecretOfTheCurrentKeyIsReadWithoutBeingStoredAgain() {
        SecretCipher cipher = new SecretCipher("k2", KEY_2, List.of("k1:" + KEY_1));
        List<String> stored = new ArrayList<>();

        assertThat(cipher.decryptRenewing(cipher.encrypt("secret", "owner"), "owner", stored::add))
                .isEqualTo("secret");

        assertThat(stored).isEmpty();
    }

    @Test
    void aSecretOfAnUnknownKeyFailsNamingTheKeyAndIsNotRenewed() {
        String sealed = new SecretCipher("k0", KEY_1, List.of()).encrypt("lost secret", "owner");
        SecretCipher cipher = new SecretCipher("k2", KEY_2, List.of("k1:" + KEY_1));
        List<String> stored = new ArrayList<>();

        assertThatThrownBy(() -> cipher.decryptRenewing(sealed, "owner", stored::add))
                .isInstanceOf(SecretUnreadable.class)
                .hasMessageContaining("'k0'")
                .hasMessageContaining("KONTOR_SECRETS_PREVIOUS_KEYS")
                .hasMessageNotContaining("lost secret");
        assertThat(stored).isEmpty();
    }

    @Test
    void keysThatAreNotAes256OrBadlyNamedAreRefusedAtStartup() {
        assertThatThrownBy(() -> new SecretCipher("k1", Base64.getEncoder().encodeToString(new byte[16]), List.of()))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("32 bytes");
        assertThatThrownBy(() -> new SecretCipher("k1", "not base64!", List.of()))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("base64");
        assertThatThrownBy(() -> new SecretCipher("k:1", KEY_1, List.of()))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("key id");
        assertThatThrownBy(() -> new SecretCipher("k1", KEY_1, List.of("no-colon")))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("<keyId>:<base64 key>");
    }

    private static String newKey() {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        return Base64.getEncoder().encodeToString(key);
    }
}
