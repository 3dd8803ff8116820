package io.kontor.documents;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ClientTest {

    private static final Instant CREATED = Instant.parse("2026-01-15T09:30:00Z");
    private static final Instant LATER = Instant.parse("2026-02-01T10:00:00Z");

    @Test
    void detailsAreNormalisedOnTheWayIn() {
        ClientDetails details = new ClientDetails(" Bakkerij BV ", "nl 1234.5678-9b01", " ", "NL", "",
                Arrays.asList(" user-anna", "user-bert", "user-anna", " ", null));

        assertThat(details).isEqualTo(new ClientDetails("Bakkerij BV", "NL123456789B01", null, "NL", null,
                List.of("user-anna", "user-bert")));
    }

    @Test
    void aRevisionWithTheSameDetailsChangesNothing() {
        Client client = Client.register("partner-1", details("Old BV"), CREATED);

        assertThat(client.revise(details(" Old BV"), LATER)).isFalse();
        assertThat(client.updatedAt()).isEqualTo(CREATED);

        assertThat(client.revise(details("New BV"), LATER)).isTrue();
        assertThat(client.name()).isEqualTo("New BV");
        assertThat(client.updatedAt()).isEqualTo(LATER);
        assertThat(client.createdAt()).isEqualTo(CREATED);
    }

    @Test
    void archivingHappensOnceAndFreezesTheClient() {
        Client client = Client.register("partner-1", details("Old BV"), CREATED);

        assertThat(client.archive(LATER)).isTrue();
        assertThat(client.archive(LATER.plusSeconds(60))).isFalse();
        assertThat(client.archived()).isTrue();
        assertThat(client.archivedAt()).isEqualTo(LATER);
        assertThatThrownBy(() -> client.revise(details("New BV"), LATER)).isInstanceOf(ClientIsArchived.class);
    }

    @Test
    void vatNumbersAreCheckedInTheirCompactForm() {
        assertThat(VatNumber.isValid("BE0123456749")).isTrue();
        assertThat(VatNumber.isValid("be 0123.456.749")).isTrue();
        assertThat(VatNumber.isValid("NL123456789B01")).isTrue();
        assertThat(VatNumber.isValid("CHE-123.456.789 MWST")).isTrue();
        assertThat(VatNumber.isValid("ESX1234567X")).isTrue();
        assertThat(VatNumber.isValid("0123456749")).isFalse();
        assertThat(VatNumber.isValid("BE1")).isFalse();
        assertThat(VatNumber.isValid("BE0123456749012345")).isFalse();
        assertThat(VatNumber.isValid("BE01234/56749")).isFalse();
        assertThat(VatNumber.isValid(null)).isFalse();
    }

    @Test
    void countriesAreIsoAlpha2InUpperCase() {
        assertThat(Countries.isAlpha2("BE")).isTrue();
        assertThat(Countries.isAlpha2("be")).isFalse();
        assertThat(Countries.isAlpha2("XX")).isFalse();
        assertThat(Countries.isAlpha2("BEL")).isFalse();
    }

    private static ClientDetails details(String name) {
        return new ClientDetails(name, "BE0123456749", null, "BE", null, List.of());
    }
}
