package io.kontor.documents.service;

import io.kontor.downloadlinks.LinkTarget;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DownloadLinkSignerTest {

    private static final byte[] KEY = "0123456789abcdef0123456789abcdef".getBytes(StandardCharsets.US_ASCII);
    private static final Instant NOW = Instant.parse("2026-03-01T12:00:00Z");
    private static final Instant EXPIRES = NOW.plus(Duration.ofMinutes(15));
    private static final LinkTarget TARGET = new LinkTarget("partner-1",
            UUID.fromString("6f1c2a4e-0000-4000-8000-000000000001"),
            UUID.fromString("9b8e2d10-0000-4000-8000-0000000000ff"));

    private final DownloadLinkSigner signer = new DownloadLinkSigner(KEY);

    @Test
    void aSignedTokenGrantsTheSameDocumentBack() {
        String token = signer.sign(TARGET, EXPIRES);

        assertThat(token).matches("[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+");
        assertThat(signer.verify(token, NOW)).isEqualTo(TARGET);
        assertThat(signer.verify(token, EXPIRES.minusSeconds(1))).isEqualTo(TARGET);
    }

    @Test
    void aTokenIsCheckedByAnyInstanceWithTheSameKey() {
        String token = signer.sign(TARGET, EXPIRES);

        assertThat(new DownloadLinkSigner(KEY.clone()).verify(token, NOW)).isEqualTo(TARGET);
    }

    @Test
    void partnerIdsBeyondAsciiSurviveTheRoundTrip() {
        for (String partner : new String[]{"kanzlei-müller-&-söhne", "会计师事务所", "emoji-\uD83D\uDCBC", "a.b|c=d",
                ""}) {
            LinkTarget target = new LinkTarget(partner, TARGET.clientId(), TARGET.documentId());

            assertThat(signer.verify(signer.sign(target, EXPIRES), NOW)).isEqualTo(target);
        }
    }

    @Test
    void aTokenExpiresExactlyAtItsExpiryAndStaysExpired() {
        String token = signer.sign(TARGET, EXPIRES);

        for (Instant late : new Instant[]{EXPIRES, EXPIRES.plusNanos(1), EXPIRES.plus(Duration.ofDays(365))}) {
            assertThatThrownBy(() -> signer.verify(token, late))
                    .isInstanceOfSatisfying(DownloadLinkExpired.class, e -> assertThat(e.status()).isEqualTo(410))
                    .hasMessageContaining(EXPIRES.toString());
        }
    }

    @Test
    void anAlteredPayloadIsRefused() {
        String[] parts = signer.sign(TARGET, EXPIRES).split("\\.");
        byte[] payload = Base64.getUrlDecoder().decode(parts[0]);
        // Push the expiry (bytes 32 to 39) a long way into the future.
        payload[32] = 0x7f;

        assertInvalid(encode(payload) + "." + parts[1]);
    }

    @Test
    void aPayloadNamingAnotherDocumentIsRefused() {
        String[] parts = signer.sign(TARGET, EXPIRES).split("\\.");
        String otherDocument = signer.sign(new LinkTarget("partner-1", TARGET.clientId(), UUID.randomUUID()),
                EXPIRES).split("\\.")[0];

        assertInvalid(otherDocument + "." + parts[1]);
    }

    @Test
    void anAlteredSignatureIsRefused() {
        String[] parts = signer.sign(TARGET, EXPIRES).split("\\.");
        byte[] signature = Base64.getUrlDecoder().decode(parts[1]);
        signature[0] ^= 1;

        assertInvalid(parts[0] + "." + encode(signature));
        assertInvalid(parts[0] + "." + encode(Arrays.copyOf(signature, 16)));
        assertInvalid(parts[0] + "." + parts[1] + "AAAA");
        assertInvalid(parts[0] + ".");
    }

    @Test
    void aTokenSignedWithAnotherKeyIsRefused() {
        byte[] otherKey = KEY.clone();
        otherKey[0] ^= 1;
        String forged = new DownloadLinkSigner(otherKey).sign(TARGET, EXPIRES);

        assertInvalid(forged);
    }

    @Test
    void aForgedTokenIsRefusedEvenWhenItsExpiryHasPassed() {
        byte[] otherKey = KEY.clone();
        otherKey[31] ^= 1;
        String forged = new DownloadLinkSigner(otherKey).sign(TARGET, NOW.minusSeconds(60));

        assertInvalid(forged);
    }

    @Test
    void aPayloadTooShortToNameADocumentIsRefused() {
        byte[] shortPayload = new byte[39];
        String token = signer.sign(TARGET, EXPIRES);
        String signature = token.substring(token.indexOf('.') + 1);

        assertInvalid(encode(shortPayload) + "." + signature);
        assertInvalid("." + signature);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"no-dot-at-all", ".", "a.b.c", "not base64!.AAAA", "AAAA.not base64!", "ab+/.cd+/",
            "%%%.%%%"})
    void anythingThatIsNotATokenIsRefused(String token) {
        assertInvalid(token);
    }

    @Test
    void aTokenWithoutItsDotIsRefused() {
        assertInvalid(signer.sign(TARGET, EXPIRES).replace(".", ""));
    }

    @Test
    void keysShorterThan32BytesAreRefused() {
        assertThatThrownBy(() -> new DownloadLinkSigner(new byte[31]))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("at least 32 bytes")
                .hasMessageContaining("31");
        assertThatThrownBy(() -> new DownloadLinkSigner(new byte[0])).isInstanceOf(IllegalStateException.class);
        assertThatNoException().isThrownBy(() -> new DownloadLinkSigner(new byte[32]));
        assertThatNoException().isThrownBy(() -> new DownloadLinkSigner(new byte[64]));
    }

    private void assertInvalid(String token) {
        assertThatThrownBy(() -> signer.verify(token, NOW))
                .isInstanceOfSatisfying(InvalidDownloadLink.class, e -> assertThat(e.status()).isEqualTo(403));
    }

    private static String encode(byte[] bytes) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
