package io.kontor.downloadlinks;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Base64;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The token format itself; documents-service's DownloadLinkSignerTest covers forgeries and malformed tokens. */
class DownloadLinkTokensTest {

    private static final String KEY = Base64.getEncoder().encodeToString(new byte[32]);
    private static final Instant NOW = Instant.parse("2026-03-01T12:00:00Z");
    private static final LinkTarget TARGET = new LinkTarget("partner-ä", UUID.randomUUID(), UUID.randomUUID());

    @Test
    void aTokenSignedByOneHolderOfTheKeyIsHonouredByAnother() {
        String token = DownloadLinkTokens.fromBase64(KEY, "signer.key").sign(TARGET, NOW.plusSeconds(60));

        assertThat(DownloadLinkTokens.fromBase64(" " + KEY + "\n", "verifier.key").verify(token, NOW))
                .isEqualTo(TARGET);
    }

    @Test
    void anExpiredTokenSaysWhenItExpiredAndAForgedOneDoesNot() {
        DownloadLinkTokens tokens = DownloadLinkTokens.fromBase64(KEY, "key");
        String token = tokens.sign(TARGET, NOW);

        assertThatThrownBy(() -> tokens.verify(token, NOW)).isInstanceOfSatisfying(DownloadLinkRefused.class,
                refused -> assertThat(refused.expiredAt()).isEqualTo(NOW));
        assertThatThrownBy(() -> tokens.verify(token.replace('.', '-'), NOW))
                .isInstanceOfSatisfying(DownloadLinkRefused.class, refused -> assertThat(refused.isExpired()).isFalse());
    }

    @Test
    void anUnusableKeyIsRefusedNamingTheSetting() {
        assertThatThrownBy(() -> DownloadLinkTokens.fromBase64("not base64!", "kontor.x.secret"))
                .isInstanceOf(IllegalStateException.class).hasMessageStartingWith("kontor.x.secret");
        assertThatThrownBy(() -> DownloadLinkTokens.fromBase64(Base64.getEncoder().encodeToString(new byte[16]),
                "kontor.x.secret"))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("kontor.x.secret")
                .hasMessageContaining("16");
    }
}
