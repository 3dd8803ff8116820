package io.kontor.local;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.X509EncodedKeySpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TokenCommandTest {

    /** The module's base directory: Surefire runs tests from there. */
    private static final Path DEV_KEYS = Path.of("dev-keys");

    @Test
    void parsesPartnerRolesUserAndTtl() throws UsageException {
        TokenCommand.Request request = TokenCommand.parse(List.of(
                "--partner", "acme", "--role", "accountant", "--role", "client-manager", "--user", "alice", "--ttl", "30m"));

        assertThat(request.partnerId()).isEqualTo("acme");
        assertThat(request.roles()).containsExactlyInAnyOrder("accountant", "client-manager");
        assertThat(request.subject()).isEqualTo("alice");
        assertThat(request.ttl()).isEqualTo(Duration.ofMinutes(30));
    }

    @Test
    void partnerAndRoleAreRequired() {
        assertThatThrownBy(() -> TokenCommand.parse(List.of("--role", "accountant")))
                .hasMessageContaining("--partner");
        assertThatThrownBy(() -> TokenCommand.parse(List.of("--partner", "acme")))
                .hasMessageContaining("--role");
        assertThatThrownBy(() -> TokenCommand.parse(List.of("--partner")))
                .hasMessageContaining("needs a value");
    }

    @Test
    void ttlAcceptsShortFormsAndIso8601() throws UsageException {
        assertThat(TokenCommand.parseTtl("90s")).isEqualTo(Duration.ofSeconds(90));
        assertThat(TokenCommand.parseTtl("12h")).isEqualTo(Duration.ofHours(12));
        assertThat(TokenCommand.parseTtl("7d")).isEqualTo(Duration.ofDays(7));
        assertThat(TokenCommand.parseTtl("PT2H30M")).isEqualTo(Duration.ofMinutes(150));
        assertThatThrownBy(() -> TokenCommand.parseTtl("soon")).hasMessageContaining("not a duration");
        assertThatThrownBy(() -> TokenCommand.parseTtl("0h")).hasMessageContaining("positive");
    }

    @Test
    void devTokenVerifiesWithTheCommittedPublicKeyAndCarriesTheTenantClaims() throws Exception {
        String token = new DevTokens(DEV_KEYS.resolve("dev-private.pem"))
                .mint("acme", "alice", Set.of("accountant"), Duration.ofHours(1));

        String[] parts = token.split("\\.");
        Signature rs256 = Signature.getInstance("SHA256withRSA");
        rs256.initVerify(publicKey(DEV_KEYS.resolve("dev-public.pem")));
        rs256.update((parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII));
        assertThat(rs256.verify(Base64.getUrlDecoder().decode(parts[2]))).isTrue();

        ObjectMapper json = new ObjectMapper();
        assertThat(json.readTree(Base64.getUrlDecoder().decode(parts[0])).path("alg").asText()).isEqualTo("RS256");
        JsonNode claims = json.readTree(Base64.getUrlDecoder().decode(parts[1]));
        assertThat(claims.path("iss").asText()).isEqualTo(DevTokens.ISSUER);
        assertThat(claims.path("partner_id").asText()).isEqualTo("acme");
        assertThat(claims.path("sub").asText()).isEqualTo("alice");
        assertThat(claims.path("groups").get(0).asText()).isEqualTo("accountant");
        assertThat(Instant.ofEpochSecond(claims.path("exp").asLong()))
                .isBetween(Instant.now().plusSeconds(3500), Instant.now().plusSeconds(3700));
    }

    private static PublicKey publicKey(Path pem) throws Exception {
        String base64 = Files.readString(pem)
                .replace("-----BEGIN PUBLIC KEY-----", "")
                .replace("-----END PUBLIC KEY-----", "")
                .replaceAll("\\s", "");
        return KeyFactory.getInstance("RSA").generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(base64)));
    }
}
