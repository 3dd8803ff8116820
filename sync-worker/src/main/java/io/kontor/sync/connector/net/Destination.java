package io.kontor.sync.connector.net;

import java.net.InetAddress;

/**
 * Where one request goes: the URL's host, port and path, and the one address, checked by the {@link
 * DestinationGuard}, that the connection is to be made to. The host stays what the URL says, for the {@code Host}
 * header and for TLS (SNI and certificate verification).
 *
 * @param host          as in the URL: a name, an IPv4 literal or a bracketed IPv6 literal
 * @param requestTarget the path and query, e.g. {@code /hooks/kontor?tenant=7}
 */
public record Destination(String host, int port, boolean tls, String requestTarget, InetAddress address) {
}
