package io.kontor.sync.connector.email;

import com.fasterxml.jackson.databind.JsonNode;
import io.kontor.events.EventJson;
import io.kontor.sync.connector.DeliveryOutcome.Verdict;
import io.kontor.sync.connector.ErrorClass;

import java.net.URI;

/**
 * What a mail needs of the delivery's payload (the CloudEvents object DeliveryPayloads builds): the document's type,
 * names and checksum, and the signed link to its original. Read from the payload, like any receiver reads it, so
 * the engine prepares every channel's attempt alike.
 *
 * @param documentNumber the invoice's number as read or typed, or {@code null}
 * @param sha256         hex, of the original's bytes
 */
record MailedDocument(String documentId, String type, String fileName, String mediaType, String sha256,
                      String documentNumber, URI downloadUrl) {

    static MailedDocument fromPayload(byte[] payload) throws EmailFailed {
        JsonNode data;
        try {
            data = EventJson.read(payload, JsonNode.class).path("data");
        } catch (RuntimeException e) {
            throw malformed("it is not JSON: " + e.getMessage());
        }
        String downloadUrl = text(data, "downloadUrl");
        String sha256 = text(data, "sha256");
        if (downloadUrl == null || sha256 == null) {
            throw malformed("it has no downloadUrl or sha256");
        }
        URI url;
        try {
            url = URI.create(downloadUrl);
        } catch (IllegalArgumentException e) {
            throw malformed("its downloadUrl is not a URI");
        }
        return new MailedDocument(text(data, "documentId"), text(data, "type"), text(data, "fileName"),
                text(data, "mediaType"), sha256, text(data.path("metadata"), "documentNumber"), url);
    }

    /** The payload is ours, so a bad one is Kontor's bug, which the schedule tries again past a fix. */
    private static EmailFailed malformed(String why) {
        return new EmailFailed(Verdict.RETRY, ErrorClass.INTERNAL, "the delivery's payload cannot be mailed: " + why);
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.path(field);
        return value.isTextual() && !value.asText().isBlank() ? value.asText() : null;
    }
}
