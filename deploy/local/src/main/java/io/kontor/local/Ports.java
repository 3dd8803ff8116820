package io.kontor.local;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;

/** Fails early, and by name, when a port the stack needs is taken: better than a bind error deep in a log. */
final class Ports {

    private Ports() {
    }

    static void ensureFree(String owner, String portKey, int port) throws StartupFailure {
        try (ServerSocket socket = new ServerSocket()) {
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
        } catch (IOException e) {
            throw new StartupFailure("Port " + port + " (" + owner + ") is already in use by another process."
                    + " Stop that process (ss -ltnp 'sport = :" + port + "' shows it), or give " + owner
                    + " another port: deploy/local/up --" + portKey + "-port <n>");
        }
    }
}
