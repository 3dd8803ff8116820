package io.kontor.sync.connector.email;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpServer;
import io.kontor.events.EventJson;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.UUID;

/** documents-service's download endpoint as far as a mail delivery sees it: a link that answers an original. */
final class OriginalServer implements AutoCloseable {

    private final HttpServer server;
    private volatile int status = 200;
    private volatile byte[] original = new byte[0];

    private OriginalServer(HttpServer server) {
        this.server = server;
    }

    static OriginalServer start() throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), 0), 0);
        OriginalServer originals = new OriginalServer(server);
        server.createContext("/api/v1/downloads/", exchange -> {
            byte[] body = originals.status == 200 ? originals.original : new byte[0];
            exchange.sendResponseHeaders(originals.status, body.length == 0 ? -1 : body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        server.start();
        return originals;
    }

    void serve(byte[] bytes) {
        this.original = bytes;
        this.status = 200;
    }

    void answer(int status) {
        this.status = status;
    }

    /** The payload DeliveryPayloads builds, for a document whose original is {@code bytes}. */
    byte[] payloadFor(UUID deliveryId, String fileName, String documentNumber, byte[] bytes) {
        return payloadFor(deliveryId, "PURCHASE_INVOICE", fileName, "application/pdf", documentNumber, bytes);
    }

    byte[] payloadFor(UUID deliveryId, String type, String fileName, String mediaType, String documentNumber,
                      byte[] bytes) {
        ObjectNode data = EventJson.mapper().createObjectNode()
                .put("documentId", UUID.randomUUID().toString())
                .put("type", type)
                .put("fileName", fileName)
                .put("mediaType", mediaType)
                .put("sizeBytes", bytes.length)
                .put("sha256", sha256(bytes))
                .put("downloadUrl", "http://127.0.0.1:" + server.getAddress().getPort() + "/api/v1/downloads/t0k3n");
        data.putObject("metadata").put("documentNumber", documentNumber);
        ObjectNode event = EventJson.mapper().createObjectNode()
                .put("specversion", "1.0")
                .put("id", deliveryId.toString())
                .put("type", "kontor.document.created.v1");
        event.set("data", data);
        return EventJson.write(event);
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
