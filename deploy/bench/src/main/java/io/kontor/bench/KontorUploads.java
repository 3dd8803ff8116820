package io.kontor.bench;

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

    /** A firm (a partner-admin token) and the clients the bench created for it. */
    record Firm(String token, List<String> clientIds) {
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
        JsonApi api = new JsonApi(http);
        List<Firm> firms = new ArrayList<>();
        for (String token : tokens) {
            List<String> ids = new ArrayList<>();
            for (int i = 0; i < clientsPerFirm; i++) {
                ids.add(createClient(api, token, "Bench client " + i));
            }
            firms.add(new Firm(token, List.copyOf(ids)));
        }
        return new KontorUploads(http, List.copyOf(firms));
    }

    /** A new client of the token's firm, through documents-service's API; answers its id. */
    static String createClient(JsonApi api, String token, String name) throws IOException, InterruptedException {
        return api.post(DOCUMENTS + "/clients", token, Map.of("name", name, "vatNumber", VAT_NUMBER, "country", "BE"), 201)
                .get("id").asText();
    }

    List<Firm> firms() {
        return firms;
    }

    /** One upload of a fresh copy of {@code documents}, as a purchase invoice, by thread {@code worker}'s firm. */
    LoadRun.Operation uploading(SampleDocuments documents) {
        return worker -> {
            long serial = serials.incrementAndGet();
            Firm firm = firms.get(worker % firms.size());
            return upload(firm.token(), firm.clientIds().get((int) (serial % firm.clientIds().size())), serial, documents);
        };
    }

    /** One upload for the next client of all the firms' clients in turn, so an arrival rate spreads over them. */
    String uploadForNextClient(SampleDocuments documents) throws IOException, InterruptedException {
        long serial = serials.incrementAndGet();
        Firm firm = firms.get((int) (serial % firms.size()));
        String clientId = firm.clientIds().get((int) (serial / firms.size() % firm.clientIds().size()));
        return upload(firm.token(), clientId, serial, documents);
    }

    /** One upload for every client, in turn. */
    void uploadOneForEachClient(SampleDocuments documents) throws IOException, InterruptedException {
        for (Firm firm : firms) {
            for (String clientId : firm.clientIds()) {
                String failure = upload(firm.token(), clientId, serials.incrementAndGet(), documents);
                if (failure != null) {
                    throw new IOException("uploading for client " + clientId + " answered " + failure);
                }
            }
        }
    }

    /** Answers null when documents-service stored it (201), else why not ("HTTP 503"). */
    private String upload(String token, String clientId, long serial, SampleDocuments documents)
            throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(DOCUMENTS + "/clients/" + clientId + "/documents"))
                .timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "multipart/form-data; boundary=" + BOUNDARY)
                .POST(HttpRequest.BodyPublishers.ofByteArray(multipart(documents, documents.copy(serial))))
                .build();
        int status = http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
        return status == 201 ? null : "HTTP " + status;
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
