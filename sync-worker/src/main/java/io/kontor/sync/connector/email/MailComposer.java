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
import java.util.List;
import java.util.UUID;

/**
 * One mail per document (docs/deliveries.md, "Email"): a short text and the original attached as it was uploaded,
 * with what the package's conventions add. The subject and the attachments' names are what mailbox-reading
 * accounting packages file a document by.
 */
final class MailComposer {

    private static final String FALLBACK_MEDIA_TYPE = "application/octet-stream";

    private MailComposer() {
    }

    /**
     * @param attachments the original first, then what the package's conventions add (a hybrid PDF's XML)
     */
    static MimeMessage compose(Session session, UUID deliveryId, InternetAddress from, InternetAddress to,
                               String subject, MailedDocument document, List<MailAttachment> attachments,
                               Instant now) throws MessagingException {
        MimeMessage message = new DeliveryMessage(session, messageId(deliveryId));
        message.setFrom(from);
        message.setRecipient(MimeMessage.RecipientType.TO, to);
        message.setSubject(oneLine(subject), StandardCharsets.UTF_8.name());
        message.setSentDate(Date.from(now));
        message.setHeader("X-Kontor-Delivery-Id", deliveryId.toString());

        MimeMultipart body = new MimeMultipart();
        MimeBodyPart text = new MimeBodyPart();
        text.setText(text(document, deliveryId), StandardCharsets.UTF_8.name());
        body.addBodyPart(text);
        for (MailAttachment attachment : attachments) {
            MimeBodyPart part = new MimeBodyPart();
            part.setDataHandler(new DataHandler(new ByteArrayDataSource(attachment.bytes(),
                    attachment.mediaType())));
            part.setFileName(attachment.name());
            part.setDisposition(MimeBodyPart.ATTACHMENT);
            body.addBodyPart(part);
        }
        message.setContent(body);
        message.saveChanges();
        return message;
    }

    /** The original, named and typed as it was uploaded. */
    static MailAttachment original(MailedDocument document, byte[] bytes) {
        return new MailAttachment(fileName(document),
                document.mediaType() != null ? document.mediaType() : FALLBACK_MEDIA_TYPE, bytes);
    }

    /**
     * A hybrid PDF's invoice XML, named like the PDF ({@code 2026-001.pdf} → {@code 2026-001.xml}): packages that
     * read both pair them by name.
     */
    static MailAttachment embeddedXml(MailedDocument document, byte[] xml) {
        String pdf = fileName(document);
        int dot = pdf.lastIndexOf('.');
        return new MailAttachment((dot > 0 ? pdf.substring(0, dot) : pdf) + ".xml", "application/xml", xml);
    }

    /** The same for every attempt of a delivery, so a mailbox (and a person) can tell a resend from a new document. */
    static String messageId(UUID deliveryId) {
        return "<" + deliveryId + "@kontor>";
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
