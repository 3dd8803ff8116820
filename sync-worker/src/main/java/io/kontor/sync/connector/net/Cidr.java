package io.kontor.sync.connector.net;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.regex.Pattern;

/**
 * A block of addresses, {@code 10.0.0.0/8} or {@code fc00::/7}; a bare address is a block of one. IPv4 blocks hold
 * IPv4 addresses only: an IPv4-mapped IPv6 address is made IPv4 before it is looked up ({@link NetworkPolicy}).
 */
public final class Cidr {

    private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");
    private static final Pattern IPV6 = Pattern.compile("[0-9A-Fa-f.]*:[0-9A-Fa-f:.]*");

    private final byte[] network;
    private final int prefixLength;
    private final String text;

    private Cidr(byte[] network, int prefixLength, String text) {
        this.network = network;
        this.prefixLength = prefixLength;
        this.text = text;
    }

    /**
     * Parses {@code address/prefix-length} or a bare address. Only literals are taken: a host name here would be
     * looked up once, at start-up, and trusted ever after. Host bits that are set are refused as a likely typo
     * ({@code 10.0.0.1/8}).
     */
    public static Cidr of(String text) {
        String trimmed = text.strip();
        int slash = trimmed.indexOf('/');
        String literal = slash < 0 ? trimmed : trimmed.substring(0, slash);
        byte[] network = parseLiteral(literal, text);
        int bits = network.length * 8;
        int prefixLength = slash < 0 ? bits : parsePrefixLength(trimmed.substring(slash + 1), bits, text);
        if (!Arrays.equals(network, mask(network, prefixLength))) {
            throw new IllegalArgumentException("'" + text + "' has host bits set: write the network address, e.g. "
                    + toText(mask(network, prefixLength)) + "/" + prefixLength);
        }
        return new Cidr(network, prefixLength, toText(network) + "/" + prefixLength);
    }

    public boolean contains(InetAddress address) {
        byte[] bytes = address.getAddress();
        return bytes.length == network.length && Arrays.equals(mask(bytes, prefixLength), network);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Cidr cidr && prefixLength == cidr.prefixLength && Arrays.equals(network, cidr.network);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(network) + prefixLength;
    }

    @Override
    public String toString() {
        return text;
    }

    /** Literals only, parsed without {@link InetAddress#getByName}, which looks up anything it cannot parse. */
    private static byte[] parseLiteral(String literal, String text) {
        if (IPV4.matcher(literal).matches()) {
            byte[] address = new byte[4];
            String[] parts = literal.split("\\.");
            for (int i = 0; i < 4; i++) {
                int part = Integer.parseInt(parts[i]);
                if (part > 255) {
                    throw notAnAddress(text);
                }
                address[i] = (byte) part;
            }
            return address;
        }
        if (IPV6.matcher(literal).matches()) {
            // With a colon in it, InetAddress parses the text as IPv6 or refuses it; it never looks it up.
            try {
                return InetAddress.getByName(literal).getAddress();
            } catch (UnknownHostException e) {
                throw notAnAddress(text);
            }
        }
        throw notAnAddress(text);
    }

    private static IllegalArgumentException notAnAddress(String text) {
        return new IllegalArgumentException("'" + text + "' is not an IP address or CIDR block");
    }

    private static int parsePrefixLength(String digits, int bits, String text) {
        try {
            int length = Integer.parseInt(digits);
            if (length >= 0 && length <= bits) {
                return length;
            }
        } catch (NumberFormatException e) {
            // refused below, with the same message as an out-of-range length
        }
        throw new IllegalArgumentException("'" + text + "' needs a prefix length from 0 to " + bits);
    }

    private static byte[] mask(byte[] address, int prefixLength) {
        byte[] masked = new byte[address.length];
        for (int i = 0; i < address.length; i++) {
            int keep = Math.max(0, Math.min(8, prefixLength - i * 8));
            masked[i] = (byte) (address[i] & (0xFF00 >> keep));
        }
        return masked;
    }

    private static String toText(byte[] address) {
        try {
            return InetAddress.getByAddress(address).getHostAddress();
        } catch (UnknownHostException e) {
            throw new IllegalStateException("4 or 16 bytes are an address", e);
        }
    }
}
