package io.kontor.sync.connector.net;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Which addresses a delivery may reach (issue 9, point 3). A webhook URL is chosen by whoever configures an
 * integration, so without this a partner could make the worker call its own infrastructure: the database next to
 * it, an admin port on loopback, the cloud's metadata service with its credentials. Every address that is not
 * meant to be reached from the internet is refused, unless an operator allows a block of them
 * ({@code kontor.sync.webhook.allowed-networks}; the local stack allows loopback for its demo receiver).
 *
 * <p>An IPv6 address that carries an IPv4 address (IPv4-mapped, IPv4-compatible, NAT64, 6to4) is judged by the IPv4
 * address too, since that is where the packets end up.
 */
public final class NetworkPolicy {

    private record Refused(Cidr block, String kind) {
    }

    /** First match wins, so the metadata addresses come before the blocks they lie in. */
    private static final List<Refused> REFUSED = List.of(
            refused("169.254.169.254", "cloud metadata"),
            refused("fd00:ec2::254", "cloud metadata"),
            refused("0.0.0.0/8", "unspecified"),
            refused("::/128", "unspecified"),
            refused("127.0.0.0/8", "loopback"),
            refused("::1/128", "loopback"),
            refused("10.0.0.0/8", "private"),
            refused("172.16.0.0/12", "private"),
            refused("192.168.0.0/16", "private"),
            refused("100.64.0.0/10", "carrier-grade NAT"),
            refused("169.254.0.0/16", "link-local"),
            refused("fe80::/10", "link-local"),
            refused("fec0::/10", "site-local"),
            refused("fc00::/7", "unique-local"),
            refused("224.0.0.0/4", "multicast"),
            refused("ff00::/8", "multicast"),
            // Reserved for future use, and the broadcast address in it: nothing to deliver to.
            refused("240.0.0.0/4", "reserved"));

    private static final Cidr IPV4_COMPATIBLE = Cidr.of("::/96");
    private static final Cidr NAT64 = Cidr.of("64:ff9b::/96");
    private static final Cidr SIX_TO_FOUR = Cidr.of("2002::/16");

    private final List<Cidr> allowed;

    /** @param allowed blocks that may be reached even though they are refused by default */
    public NetworkPolicy(List<Cidr> allowed) {
        this.allowed = List.copyOf(allowed);
    }

    /** Why a delivery may not reach this address, e.g. {@code loopback}; empty when it may. */
    public Optional<String> refusal(InetAddress address) {
        InetAddress canonical = withoutIpv4Mapping(address);
        if (allowed.stream().anyMatch(block -> block.contains(canonical))) {
            return Optional.empty();
        }
        Optional<String> own = REFUSED.stream().filter(range -> range.block().contains(canonical))
                .map(Refused::kind).findFirst();
        if (own.isPresent()) {
            return own;
        }
        return embeddedIpv4(canonical).flatMap(ipv4 -> refusal(ipv4)
                .map(kind -> kind + ", embeds " + ipv4.getHostAddress()));
    }

    private static Refused refused(String block, String kind) {
        return new Refused(Cidr.of(block), kind);
    }

    /**
     * {@code ::ffff:a.b.c.d} is the IPv4 host itself. The JDK already turns most of them into {@link Inet4Address},
     * but an {@link Inet6Address} built from bytes keeps the mapping.
     */
    private static InetAddress withoutIpv4Mapping(InetAddress address) {
        byte[] bytes = address.getAddress();
        boolean mapped = bytes.length == 16 && allZero(bytes, 0, 10) && bytes[10] == (byte) 0xFF
                && bytes[11] == (byte) 0xFF;
        return mapped ? ipv4(Arrays.copyOfRange(bytes, 12, 16)) : address;
    }

    private static Optional<InetAddress> embeddedIpv4(InetAddress address) {
        byte[] bytes = address.getAddress();
        if (IPV4_COMPATIBLE.contains(address) || NAT64.contains(address)) {
            return Optional.of(ipv4(Arrays.copyOfRange(bytes, 12, 16)));
        }
        if (SIX_TO_FOUR.contains(address)) {
            return Optional.of(ipv4(Arrays.copyOfRange(bytes, 2, 6)));
        }
        return Optional.empty();
    }

    private static boolean allZero(byte[] bytes, int from, int to) {
        for (int i = from; i < to; i++) {
            if (bytes[i] != 0) {
                return false;
            }
        }
        return true;
    }

    private static InetAddress ipv4(byte[] bytes) {
        try {
            return InetAddress.getByAddress(bytes);
        } catch (UnknownHostException e) {
            throw new IllegalStateException("four bytes are an IPv4 address", e);
        }
    }
}
