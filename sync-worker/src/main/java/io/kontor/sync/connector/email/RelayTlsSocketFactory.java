package io.kontor.sync.connector.email;

import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.SSLSocketFactory;
import java.io.IOException;
import java.net.InetAddress;
import java.net.Socket;

/**
 * TLS for a relay the worker connects to by its checked address (the SSRF guard resolved the name once; connecting
 * by name would resolve it again, and a DNS answer changed in between would reach a refused address). Jakarta Mail
 * hands this factory the connected socket and the address it was given; the handshake uses the relay's name
 * instead, for SNI and for checking the certificate, which must name the relay.
 *
 * <p>Jakarta Mail layers TLS over a socket it connected itself, both for STARTTLS and for TLS from the first byte,
 * so only that one method is used; the others would connect by name and are refused.
 */
final class RelayTlsSocketFactory extends SSLSocketFactory {

    private final SSLSocketFactory delegate;
    private final String relayName;

    RelayTlsSocketFactory(SSLSocketFactory delegate, String relayName) {
        this.delegate = delegate;
        this.relayName = relayName;
    }

    @Override
    public Socket createSocket(Socket connected, String ignoredHost, int port, boolean autoClose) throws IOException {
        SSLSocket socket = (SSLSocket) delegate.createSocket(connected, relayName, port, autoClose);
        SSLParameters parameters = socket.getSSLParameters();
        // The certificate must name the relay, by the rules HTTPS applies to a host name (RFC 2818, 6125).
        parameters.setEndpointIdentificationAlgorithm("HTTPS");
        socket.setSSLParameters(parameters);
        return socket;
    }

    @Override
    public String[] getDefaultCipherSuites() {
        return delegate.getDefaultCipherSuites();
    }

    @Override
    public String[] getSupportedCipherSuites() {
        return delegate.getSupportedCipherSuites();
    }

    @Override
    public Socket createSocket(String host, int port) {
        throw connectsByName();
    }

    @Override
    public Socket createSocket(String host, int port, InetAddress localHost, int localPort) {
        throw connectsByName();
    }

    @Override
    public Socket createSocket(InetAddress host, int port) {
        throw connectsByName();
    }

    @Override
    public Socket createSocket(InetAddress address, int port, InetAddress localAddress, int localPort) {
        throw connectsByName();
    }

    private static UnsupportedOperationException connectsByName() {
        return new UnsupportedOperationException("the relay's socket is connected to its checked address first");
    }
}
