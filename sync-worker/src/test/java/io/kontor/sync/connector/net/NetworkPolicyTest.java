package io.kontor.sync.connector.net;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class NetworkPolicyTest {

    private static final NetworkPolicy DEFAULTS = new NetworkPolicy(List.of());

    private static InetAddress address(String literal) throws UnknownHostException {
        return InetAddress.getByName(literal);
    }

    /** The JDK turns a parsed {@code ::ffff:a.b.c.d} into IPv4; bytes from elsewhere can keep the IPv6 form. */
    private static InetAddress ipv4MappedIpv6(int a, int b, int c, int d) throws UnknownHostException {
        byte[] bytes = new byte[16];
        bytes[10] = (byte) 0xFF;
        bytes[11] = (byte) 0xFF;
        bytes[12] = (byte) a;
        bytes[13] = (byte) b;
        bytes[14] = (byte) c;
        bytes[15] = (byte) d;
        return Inet6Address.getByAddress(null, bytes, null);
    }

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource({
            "127.0.0.1, loopback",
            "127.255.255.254, loopback",
            "::1, loopback",
            "0.0.0.0, unspecified",
            "0.1.2.3, unspecified",
            "::, unspecified",
            "10.0.0.1, private",
            "10.255.255.255, private",
            "172.16.0.1, private",
            "172.31.255.255, private",
            "192.168.1.1, private",
            "100.64.0.1, carrier-grade NAT",
            "100.127.255.255, carrier-grade NAT",
            "169.254.0.1, link-local",
            "fe80::1, link-local",
            "febf:ffff::1, link-local",
            "169.254.169.254, cloud metadata",
            "fd00:ec2::254, cloud metadata",
            "fc00::1, unique-local",
            "fd12:3456:789a::1, unique-local",
            "fec0::1, site-local",
            "224.0.0.1, multicast",
            "239.255.255.250, multicast",
            "ff02::1, multicast",
            "240.0.0.1, reserved",
            "255.255.255.255, reserved",
    })
    void addressesNotMeantToBeReachedFromTheInternetAreRefused(String literal, String kind) throws Exception {
        assertThat(DEFAULTS.refusal(address(literal))).contains(kind);
    }

    @ParameterizedTest
    @ValueSource(strings = {"93.184.215.14", "8.8.8.8", "1.1.1.1", "100.63.255.255", "100.128.0.0", "172.15.255.255",
            "172.32.0.0", "192.167.255.255", "192.169.0.0", "169.253.255.255", "223.255.255.255",
            "2606:4700:4700::1111", "2001:db8::1", "64:ff9b::808:808", "2002:0808:0808::1"})
    void publicAddressesPass(String literal) throws Exception {
        assertThat(DEFAULTS.refusal(address(literal))).isEmpty();
    }

    @Test
    void anIpv4MappedIpv6AddressIsJudgedAsTheIpv4AddressItIs() throws Exception {
        assertThat(DEFAULTS.refusal(ipv4MappedIpv6(127, 0, 0, 1))).contains("loopback");
        assertThat(DEFAULTS.refusal(ipv4MappedIpv6(169, 254, 169, 254))).contains("cloud metadata");
        assertThat(DEFAULTS.refusal(ipv4MappedIpv6(93, 184, 215, 14))).isEmpty();
    }

    @ParameterizedTest(name = "{0} carries {1}")
    @CsvSource({
            "64:ff9b::a00:5, 'private, embeds 10.0.0.5'",
            "64:ff9b::a9fe:a9fe, 'cloud metadata, embeds 169.254.169.254'",
            "2002:c0a8:0101::1, 'private, embeds 192.168.1.1'",
            "::7f00:1, 'loopback, embeds 127.0.0.1'",
    })
    void anIpv6AddressCarryingARefusedIpv4AddressIsRefused(String literal, String refusal) throws Exception {
        assertThat(DEFAULTS.refusal(address(literal))).contains(refusal);
    }

    @Test
    void anAllowedBlockIsReachableAndNothingElseIs() throws Exception {
        NetworkPolicy localStack = new NetworkPolicy(List.of(Cidr.of("127.0.0.0/8"), Cidr.of("::1/128")));

        assertThat(localStack.refusal(address("127.0.0.1"))).isEmpty();
        assertThat(localStack.refusal(address("::1"))).isEmpty();
        assertThat(localStack.refusal(ipv4MappedIpv6(127, 0, 0, 1))).isEmpty();
        assertThat(localStack.refusal(address("10.0.0.1"))).contains("private");
        assertThat(localStack.refusal(address("169.254.169.254"))).contains("cloud metadata");
    }
}
