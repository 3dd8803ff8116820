package io.kontor.sync.connector.email;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * An SMTP relay that answers RCPT TO with a reply of the test's choosing (451, 550, …) over a real TCP
 * conversation: GreenMail takes every recipient, and a refusal is what the mapping to outcomes is about.
 */
final class ScriptedRelay implements AutoCloseable {

    private final ServerSocket socket;
    private final String rcptReply;
    private final Thread thread;

    private ScriptedRelay(String rcptReply) throws IOException {
        this.socket = new ServerSocket(0, 10, InetAddress.getByName("127.0.0.1"));
        this.rcptReply = rcptReply;
        this.thread = new Thread(this::serve, "scripted-relay");
        thread.setDaemon(true);
        thread.start();
    }

    /** @param rcptReply e.g. {@code 451 4.7.1 Greylisted, try again later} */
    static ScriptedRelay answeringRcpt(String rcptReply) throws IOException {
        return new ScriptedRelay(rcptReply);
    }

    int port() {
        return socket.getLocalPort();
    }

    private void serve() {
        while (!socket.isClosed()) {
            try (Socket client = socket.accept()) {
                converse(client);
            } catch (IOException e) {
                // The test closed the relay, or the client hung up: either way the next connection is served.
            }
        }
    }

    private void converse(Socket client) throws IOException {
        BufferedReader in = new BufferedReader(new InputStreamReader(client.getInputStream(),
                StandardCharsets.US_ASCII));
        OutputStream out = client.getOutputStream();
        reply(out, "220 relay.kontor.test ESMTP");
        for (String line; (line = in.readLine()) != null; ) {
            String command = line.toUpperCase(Locale.ROOT);
            if (command.startsWith("EHLO") || command.startsWith("HELO")) {
                reply(out, "250 relay.kontor.test");
            } else if (command.startsWith("MAIL")) {
                reply(out, "250 2.1.0 Ok");
            } else if (command.startsWith("RCPT")) {
                reply(out, rcptReply);
            } else if (command.startsWith("RSET") || command.startsWith("NOOP")) {
                reply(out, "250 2.0.0 Ok");
            } else if (command.startsWith("QUIT")) {
                reply(out, "221 2.0.0 Bye");
                return;
            } else {
                reply(out, "502 5.5.2 Not implemented");
            }
        }
    }

    private static void reply(OutputStream out, String line) throws IOException {
        out.write((line + "\r\n").getBytes(StandardCharsets.US_ASCII));
        out.flush();
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
