package io.kontor.bench;

import org.junit.jupiter.api.Test;

import java.util.Collections;

import static org.assertj.core.api.Assertions.assertThat;

class OtherFirmsTest {

    @Test
    void integrationsAreSplitIntoFirmsOfOneBulkActivationEach() {
        assertThat(OtherFirms.integrationsPerFirm(9_998)).hasSize(20).startsWith(500).endsWith(498)
                .satisfies(firms -> assertThat(firms.stream().mapToInt(Integer::intValue).sum()).isEqualTo(9_998));
        assertThat(OtherFirms.integrationsPerFirm(8)).containsExactly(8);
    }

    @Test
    void clientsGetDistinctValidBelgianVatNumbers() {
        // The quickstart's number follows the same rule: 04031707, then 97 - 4031707 mod 97 = 01.
        assertThat(OtherFirms.belgianVatNumber(31_707)).isEqualTo("BE0403170701");
        assertThat(OtherFirms.belgianVatNumber(0)).isEqualTo("BE0400000086");
        assertThat(OtherFirms.belgianVatNumber(1)).isNotEqualTo(OtherFirms.belgianVatNumber(2));
    }

    @Test
    void noIntegrationsNoFirms() {
        assertThat(OtherFirms.integrationsPerFirm(0)).isEqualTo(Collections.emptyList());
    }
}
