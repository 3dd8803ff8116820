package io.kontor.sync.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.kontor.downloadlinks.DownloadLinkTokens;
import io.kontor.downloadlinks.LinkTarget;
import io.kontor.events.EventJson;
import io.kontor.events.EventTypes;
import io.kontor.sync.Delivery;
import io.kontor.sync.Document;
import io.kontor.sync.config.DownloadLinksConfig;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * The body of a delivery (DESIGN.md §6): the document as a CloudEvents 1.0 JSON object (structured mode), its
 * {@code id} the delivery's id, its data the document's metadata as {@code kontor.document.created.v1} announced it
 * plus a signed, expiring link to the original. Thin on purpose: the original is fetched only by a receiver that
 * wants it, and never travels through Kafka or the worker.
 */
// Created at start-up, so that a missing or malformed download-link key stops the worker, not a delivery.
@Startup
@ApplicationScoped
public class DeliveryPayloads {

    static final String SOURCE = "/kontor/sync-worker";

    private final DownloadLinkTokens tokens;
    private final DownloadLinksConfig config;

    DeliveryPayloads(DownloadLinksConfig config) {
        this.tokens = DownloadLinkTokens.fromBase64(config.secret(), "kontor.sync.download-links.secret");
        this.config = config;
    }

    public byte[] payloadOf(Delivery delivery, Document document, Instant now) {
        Instant expiresAt = now.plus(config.ttl()).truncatedTo(ChronoUnit.SECONDS);
        String token = tokens.sign(new LinkTarget(document.partnerId(), document.clientId(), document.documentId()),
                expiresAt);
        ObjectNode data = (ObjectNode) EventJson.read(document.payload().getBytes(StandardCharsets.UTF_8),
                JsonNode.class);
        data.put("downloadUrl", stripTrailingSlash(config.baseUrl()) + "/api/v1/downloads/" + token);
        data.put("downloadUrlExpiresAt", expiresAt.toString());
        ObjectNode event = EventJson.mapper().createObjectNode()
                .put("specversion", "1.0")
                .put("id", delivery.id().toString())
                .put("source", SOURCE)
                .put("type", EventTypes.DOCUMENT_CREATED.name())
                .put("subject", "clients/" + document.clientId() + "/documents/" + document.documentId())
                .put("time", document.createdAt().toString())
                .put("datacontenttype", "application/json");
        event.set("data", data);
        return EventJson.write(event);
    }

    private static String stripTrailingSlash(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }
}
