package io.kontor.sync.connector.email;

import jakarta.activation.DataHandler;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Date;
import java.util.UUID;

/**
 * One mail per document (docs/deliveries.md, "Email"): a short text and the original attached as it was uploaded.
 * The subject and the attachment's name are what mailbox-ingesting accounting packages file a document by.
 */
final class MailComposer {

    private static final String FALLBACK_MEDIA_TYPE = "application/octet-stream";

    private MailComposer() {
    }

    static MimeMessage compose(Session session, UUID deliveryId, InternetAddress from, InternetAddress to,
                               MailedDocument document, byte[] original, Instant now) throws MessagingException {
        MimeMessage message = new DeliveryMessage(session, messageId(deliveryId));
        message.setFrom(from);
        message.setRecipient(MimeMessage.RecipientType.TO, to);
        message.setSubject(subject(document), StandardCharsets.UTF_8.name());
        message.setSentDate(Date.from(now));
        message.setHeader("X-Kontor-Delivery-Id", deliveryId.toString());

        MimeBodyPart text = new MimeBodyPart();
        text.setText(text(document, deliveryId), StandardCharsets.UTF_8.name());
        MimeBodyPart attachment = new MimeBodyPart();
        String mediaType = document.mediaType() != null ? document.mediaType() : FALLBACK_MEDIA_TYPE;
        attachment.setDataHandler(new DataHandler(new ByteArrayDataSource(original, mediaType)));
        attachment.setFileName(fileName(document));
        attachment.setDisposition(MimeBodyPart.ATTACHMENT);
        message.setContent(new MimeMultipart(text, attachment));
        message.saveChanges();
        return message;
    }

    /** The same for every attempt of a delivery, so a mailbox (and a person) can tell a resend from a new document. */
    static String messageId(UUID deliveryId) {
        return "<" + deliveryId + "@kontor>";
    }

    /** {@code [Kontor] PURCHASE_INVOICE 2026-001}, or the file name when the document has no number. */
    static String subject(MailedDocument document) {
        String type = document.type() != null ? document.type() : "DOCUMENT";
        String name = document.documentNumber() != null ? document.documentNumber() : fileName(document);
        return oneLine("[Kontor] " + type + " " + name);
    }

    /**
     * The uploaded file's own name, without any path or control character a mail client could trip over; a
     * document without one is named after its id.
     */
    static String fileName(MailedDocument document) {
        String name = document.fileName() == null ? "" : document.fileName();
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        name = oneLine(name).replace('"', '\'').strip();
        return name.isEmpty() ? "document-" + document.documentId() : name;
    }

    private static String text(MailedDocument document, UUID deliveryId) {
        return "Kontor delivers this document to your administration's mailbox.\n\n"
                + "Type: " + document.type() + "\n"
                + "File: " + fileName(document) + "\n"
                + (document.documentNumber() != null ? "Number: " + document.documentNumber() + "\n" : "")
                + "SHA-256 of the attachment: " + document.sha256() + "\n"
                + "Document: " + document.documentId() + "\n"
                + "Delivery: " + deliveryId + " (a resend carries the same Message-ID)\n";
    }

    /** Header values are one line: a line break in a typed-in value would start a header of its own. */
    private static String oneLine(String value) {
        return value.codePoints()
                .map(c -> Character.isISOControl(c) ? ' ' : c)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
                .toString();
    }

    /** Jakarta Mail replaces the Message-ID on every save; this one keeps the delivery's. */
    private static final class DeliveryMessage extends MimeMessage {

        private final String messageId;

        DeliveryMessage(Session session, String messageId) {
            super(session);
            this.messageId = messageId;
        }

        @Override
        protected void updateMessageID() throws MessagingException {
            setHeader("Message-ID", messageId);
        }
    }
}
