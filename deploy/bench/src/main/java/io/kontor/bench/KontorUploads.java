package io.kontor.bench;

import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Uploads as a frontend does them: {@code POST /api/v1/clients/{clientId}/documents}, multipart with {@code file} and
 * {@code type}. Load thread i uploads for firm i modulo the number of firms, round-robin over that firm's clients,
 * since documents-service serializes a firm's uploads briefly (the audit trail's hash chain is per firm) and a real
 * load comes from many firms. Success is a 201.
 */
final class KontorUploads {

    private static final String DOCUMENTS = StackAddresses.LOCAL.documentsUrl() + "/api/v1";
    private static final String BOUNDARY = "kontor-bench-boundary";
    /** A valid Belgian VAT number (the quickstart's); clients may share one. */
    private static final String VAT_NUMBER = "BE0403170701";

    private record Firm(String token, List<String> clientIds) {
    }

    private final HttpClient http;
    private final List<Firm> firms;
    private final AtomicLong serials = new AtomicLong();

    private KontorUploads(HttpClient http, List<Firm> firms) {
        this.http = http;
        this.firms = firms;
    }

    /** Creates {@code clientsPerFirm} clients for each firm, a firm being a partner-admin token. */
    static KontorUploads forNewClients(HttpClient http, List<String> tokens, int clientsPerFirm)
            throws IOException, InterruptedException {
        List<Firm> firms = new ArrayList<>();
        for (String token : tokens) {
            firms.add(new Firm(token, createClients(http, token, clientsPerFirm)));
        }
        return new KontorUploads(http, List.copyOf(firms));
    }

    private static List<String> createClients(HttpClient http, String token, int clients)
            throws IOException, InterruptedException {
        ObjectMapper json = new ObjectMapper();
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < clients; i++) {
            String body = json.writeValueAsString(Map.of(
                    "name", "Bench client " + i, "vatNumber", VAT_NUMBER, "country", "BE"));
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(DOCUMENTS + "/clients"))
                    .header("Authorization", "Bearer " + token)
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(body))
                    .build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 201) {
                throw new IOException("creating a client answered " + response.statusCode() + ": " + response.body());
            }
            ids.add(json.readTree(response.body()).get("id").asText());
        }
        return List.copyOf(ids);
    }

    /** One upload of a fresh copy of {@code documents}, as a purchase invoice. */
    LoadRun.Operation uploading(SampleDocuments documents) {
        return worker -> {
            long serial = serials.incrementAndGet();
            Firm firm = firms.get(worker % firms.size());
            String clientId = firm.clientIds().get((int) (serial % firm.clientIds().size()));
            HttpRequest request = HttpRequest.newBuilder(URI.create(DOCUMENTS + "/clients/" + clientId + "/documents"))
                    .timeout(Duration.ofSeconds(30))
                    .header("Authorization", "Bearer " + firm.token())
                    .header("Content-Type", "multipart/form-data; boundary=" + BOUNDARY)
                    .POST(HttpRequest.BodyPublishers.ofByteArray(multipart(documents, documents.copy(serial))))
                    .build();
            int status = http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
            return status == 201 ? null : "HTTP " + status;
        };
    }

    private static byte[] multipart(SampleDocuments documents, byte[] file) {
        ByteArrayOutputStream body = new ByteArrayOutputStream(file.length + 512);
        write(body, "--" + BOUNDARY + "\r\n"
                + "Content-Disposition: form-data; name=\"type\"\r\n\r\n"
                + "PURCHASE_INVOICE\r\n"
                + "--" + BOUNDARY + "\r\n"
                + "Content-Disposition: form-data; name=\"file\"; filename=\"" + documents.fileName() + "\"\r\n"
                + "Content-Type: " + documents.mediaType() + "\r\n\r\n");
        body.writeBytes(file);
        write(body, "\r\n--" + BOUNDARY + "--\r\n");
        return body.toByteArray();
    }

    private static void write(ByteArrayOutputStream body, String text) {
        body.writeBytes(text.getBytes(StandardCharsets.UTF_8));
    }
}
