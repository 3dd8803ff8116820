package io.kontor.sync.connector.email;

import com.fasterxml.jackson.databind.JsonNode;
import io.kontor.sync.connector.DeliveryOutcome.Verdict;
import io.kontor.sync.connector.ErrorClass;
import jakarta.mail.internet.InternetAddress;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How a mailbox-reading package wants its documents, as the catalog entry of its extension says (store-service
 * migration V4; docs/connectors.md, "Mail conventions"): the subject, the mailbox per document type, the media types
 * it reads, and whether a hybrid PDF's invoice XML goes along.
 *
 * @param subject           a template: {@code {type}}, {@code {reference}} (the number, else the file name),
 *                          {@code {number}}, {@code {fileName}}, {@code {documentId}}, {@code {setting:<name>}}
 * @param mailboxes         per document type, the client settings naming its mailbox, the first one set wins; a
 *                          type not listed goes to {@code mailbox}
 * @param mediaTypes        what the package reads, {@code image/*} for a family; empty when it reads anything
 * @param attachEmbeddedXml whether a hybrid PDF invoice's XML is attached too, named like the PDF
 */
record MailConventions(String subject, JsonNode mailboxes, List<String> mediaTypes, boolean attachEmbeddedXml) {

    static final String DEFAULT_SUBJECT = "[Kontor] {type} {reference}";
    private static final String DEFAULT_MAILBOX = "mailbox";
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(setting:)?([A-Za-z]+)}");

    /**
     * @param conventions the catalog's, from the installation's events
     * @param settings    the installation's: a generic extension lets the firm choose to attach the XML
     */
    static MailConventions of(JsonNode conventions, JsonNode settings) {
        String subject = conventions.path("subject").isTextual() ? conventions.path("subject").asText()
                : DEFAULT_SUBJECT;
        List<String> mediaTypes = new ArrayList<>();
        conventions.path("mediaTypes").forEach(type -> mediaTypes.add(type.asText().toLowerCase(Locale.ROOT)));
        JsonNode attach = settings.has("attachEmbeddedXml") ? settings.path("attachEmbeddedXml")
                : conventions.path("attachEmbeddedXml");
        return new MailConventions(subject, conventions.path("mailboxes"), List.copyOf(mediaTypes),
                attach.asBoolean(false));
    }

    /** The mailbox a document of this type goes to, from the integration's client-level settings. */
    InternetAddress mailbox(String documentType, JsonNode clientSettings) throws EmailFailed {
        List<String> candidates = new ArrayList<>();
        JsonNode listed = mailboxes.path(documentType == null ? "" : documentType);
        listed.forEach(name -> candidates.add(name.asText()));
        if (candidates.isEmpty()) {
            candidates.add(DEFAULT_MAILBOX);
        }
        for (String name : candidates) {
            JsonNode value = clientSettings.path(name);
            if (value.isTextual() && !value.asText().isBlank()) {
                return MailAddresses.one(value.asText(), "the integration's " + name);
            }
        }
        throw new EmailFailed(Verdict.FAILED, ErrorClass.INVALID_SETTINGS, "the integration's settings have no "
                + String.join(" or ", candidates) + " for a " + documentType + " document");
    }

    /** Whether the package reads this kind of file; what it does not read would only land as an error there. */
    boolean reads(String mediaType) {
        if (mediaTypes.isEmpty()) {
            return true;
        }
        String type = mediaType == null ? "" : mediaType.toLowerCase(Locale.ROOT).split(";", 2)[0].strip();
        return mediaTypes.stream().anyMatch(accepted -> accepted.endsWith("/*")
                ? type.startsWith(accepted.substring(0, accepted.length() - 1))
                : type.equals(accepted));
    }

    /** The subject, placeholders filled in; one that has nothing to fill in leaves no double space behind. */
    String subjectOf(MailedDocument document, JsonNode clientSettings) {
        Matcher placeholders = PLACEHOLDER.matcher(subject);
        StringBuilder filled = new StringBuilder();
        while (placeholders.find()) {
            String value = placeholders.group(1) != null
                    ? clientSettings.path(placeholders.group(2)).asText("")
                    : field(document, placeholders.group(2));
            placeholders.appendReplacement(filled, Matcher.quoteReplacement(value));
        }
        placeholders.appendTail(filled);
        return filled.toString().replaceAll("\\s+", " ").strip();
    }

    private static String field(MailedDocument document, String name) {
        String value = switch (name) {
            case "type" -> document.type();
            case "number" -> document.documentNumber();
            case "fileName" -> MailComposer.fileName(document);
            case "reference" -> document.documentNumber() != null ? document.documentNumber()
                    : MailComposer.fileName(document);
            case "documentId" -> document.documentId();
            default -> "{" + name + "}";
        };
        return value == null ? "" : value;
    }
}
