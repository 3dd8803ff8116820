package io.kontor.sync.connector.net;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import java.net.InetAddress;
import java.net.UnknownHostException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CidrTest {

    private static InetAddress address(String literal) throws UnknownHostException {
        return InetAddress.getByName(literal);
    }

    @Test
    void anIpv4BlockHoldsTheAddressesUnderItsPrefix() throws Exception {
        Cidr block = Cidr.of("172.16.0.0/12");

        assertThat(block.contains(address("172.16.0.1"))).isTrue();
        assertThat(block.contains(address("172.31.255.255"))).isTrue();
        assertThat(block.contains(address("172.32.0.0"))).isFalse();
        assertThat(block.contains(address("172.15.255.255"))).isFalse();
    }

    @Test
    void anIpv6BlockHoldsTheAddressesUnderItsPrefix() throws Exception {
        Cidr block = Cidr.of("fc00::/7");

        assertThat(block.contains(address("fd12:3456::1"))).isTrue();
        assertThat(block.contains(address("fe00::1"))).isFalse();
    }

    @Test
    void aBareAddressIsABlockOfOne() throws Exception {
        Cidr block = Cidr.of(" 127.0.0.1 ");

        assertThat(block).hasToString("127.0.0.1/32");
        assertThat(block.contains(address("127.0.0.1"))).isTrue();
        assertThat(block.contains(address("127.0.0.2"))).isFalse();
    }

    @Test
    void aBlockHoldsOnlyAddressesOfItsOwnFamily() throws Exception {
        assertThat(Cidr.of("0.0.0.0/0").contains(address("::1"))).isFalse();
        assertThat(Cidr.of("::/0").contains(address("127.0.0.1"))).isFalse();
    }

    @Test
    void blocksAreEqualByTheirAddressesNotTheirSpelling() {
        assertThat(Cidr.of("fd00:0:0::/8")).isEqualTo(Cidr.of("fd00::/8")).hasSameHashCodeAs(Cidr.of("fd00::/8"));
    }

    @Test
    void setHostBitsAreRefusedAsALikelyTypo() {
        assertThatThrownBy(() -> Cidr.of("10.0.0.1/8"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("10.0.0.0/8");
    }

    @ParameterizedTest
    @ValueSource(strings = {"localhost", "cafe", "example.com/24", "256.0.0.0/8", "10.0.0/8", "10.0.0.0/33",
            "::/129", "10.0.0.0/-1", "10.0.0.0/x", "fe80::1%eth0", "", "/8"})
    void anythingButAnAddressLiteralWithAValidPrefixIsRefusedWithoutALookup(String text) {
        assertThatThrownBy(() -> Cidr.of(text)).isInstanceOf(IllegalArgumentException.class);
    }
}
