package io.kontor.sync.connector.email;

import com.fasterxml.jackson.databind.JsonNode;
import io.kontor.sync.config.EmailConfig;
import io.kontor.sync.connector.AttemptReport;
import io.kontor.sync.connector.Connector;
import io.kontor.sync.connector.DeliveryOutcome;
import io.kontor.sync.connector.DeliveryOutcome.Verdict;
import io.kontor.sync.connector.ErrorClass;
import io.kontor.sync.connector.OutboundDelivery;
import io.kontor.sync.connector.ResponseExcerpt;
import io.vertx.core.Context;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.eclipse.angus.mail.smtp.SMTPTransport;
import org.jboss.logging.Logger;

import javax.net.ssl.SSLSocketFactory;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.Properties;

/**
 * The EMAIL channel (DESIGN.md §6): the original, fetched through the payload's signed link, attached to one mail
 * to the integration's {@code mailbox}, sent through the operator's SMTP relay ({@link EmailConfig}).
 *
 * <p>Angus Mail (Jakarta Mail) rather than quarkus-mailer: an attempt blocks on a worker thread anyway, and Angus
 * names the relay's reply code on its exceptions, sets a timeout per connection and read, and lets the Message-ID
 * be the delivery's; quarkus-mailer's reactive client hides the first and configures relays at start-up only.
 */
@ApplicationScoped
public class EmailConnector implements Connector {

    private static final String CHANNEL = "EMAIL";

    private static final Logger LOG = Logger.getLogger(EmailConnector.class);

    private final EmailConfig config;
    private final OriginalFetcher fetcher;
    private final Session session;
    private final Clock clock;

    @Inject
    public EmailConnector(EmailConfig config, Clock clock) {
        this(config, null, clock);
    }

    /** @param trust the certificates the relay's TLS is checked against; {@code null} for the JVM's trust store */
    EmailConnector(EmailConfig config, SSLSocketFactory trust, Clock clock) {
        this.config = config;
        this.fetcher = new OriginalFetcher(config.connectTimeout(), config.timeout());
        this.session = Session.getInstance(properties(config, trust));
        this.clock = clock;
    }

    @Override
    public String channel() {
        return CHANNEL;
    }

    @Override
    public DeliveryOutcome deliver(OutboundDelivery delivery) {
        if (Context.isOnEventLoopThread()) {
            throw new IllegalStateException("a mail delivery blocks until sent: call it from a worker thread");
        }
        long started = System.nanoTime();
        DeliveryOutcome outcome;
        try {
            String reply = attempt(delivery);
            outcome = new DeliveryOutcome(Verdict.DELIVERED, Optional.empty(), new AttemptReport(null,
                    elapsed(started), excerpt(reply), null, "the relay " + relay() + " took the mail"));
        } catch (EmailFailed e) {
            outcome = new DeliveryOutcome(e.verdict(), Optional.empty(),
                    new AttemptReport(null, elapsed(started), excerpt(e.reply()), e.errorClass(), e.getMessage()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            outcome = new DeliveryOutcome(Verdict.RETRY, Optional.empty(), new AttemptReport(null, elapsed(started),
                    null, ErrorClass.INTERRUPTED, "the worker stopped while fetching the original"));
        }
        LOG.debugf("Delivery %s, attempt %d: %s, %s", delivery.deliveryId(), delivery.attemptNumber(),
                outcome.verdict(), outcome.attempt().message());
        return outcome;
    }

    /** @return the relay's last reply, its acceptance of the message */
    private String attempt(OutboundDelivery delivery) throws EmailFailed, InterruptedException {
        InternetAddress to = mailbox(delivery.settings());
        if (config.host().isEmpty() || config.from().isEmpty()) {
            throw new EmailFailed(Verdict.FAILED, ErrorClass.INVALID_SETTINGS, "this worker has no mail relay: "
                    + "kontor.sync.email.host and kontor.sync.email.from are the operator's to set");
        }
        InternetAddress from = address(config.from().get(), "the worker's sender (kontor.sync.email.from)");
        MailedDocument document = MailedDocument.fromPayload(delivery.payload());
        byte[] original = fetcher.fetch(document);
        MimeMessage message;
        try {
            message = MailComposer.compose(session, delivery.deliveryId(), from, to, document, original,
                    clock.instant());
        } catch (MessagingException e) {
            throw new EmailFailed(Verdict.RETRY, ErrorClass.INTERNAL, "the mail could not be composed: "
                    + e.getMessage());
        }
        return send(message);
    }

    private String send(MimeMessage message) throws EmailFailed {
        SMTPTransport transport = null;
        try {
            transport = (SMTPTransport) session.getTransport("smtp");
            transport.connect(config.host().orElseThrow(), config.port(), config.username().orElse(null),
                    config.password().orElse(null));
            transport.sendMessage(message, message.getAllRecipients());
            return transport.getLastServerResponse();
        } catch (MessagingException e) {
            throw SmtpFailures.classify(e, transport == null ? -1 : transport.getLastReturnCode(), relay());
        } finally {
            closeQuietly(transport);
        }
    }

    /** After the message was taken, a failed QUIT changes nothing: reporting it would send the mail twice. */
    private static void closeQuietly(SMTPTransport transport) {
        if (transport == null) {
            return;
        }
        try {
            transport.close();
        } catch (MessagingException e) {
            LOG.debugf("Closing the SMTP connection failed: %s", e.getMessage());
        }
    }

    private static InternetAddress mailbox(JsonNode settings) throws EmailFailed {
        JsonNode mailbox = settings.path("mailbox");
        if (!mailbox.isTextual() || mailbox.asText().isBlank()) {
            throw new EmailFailed(Verdict.FAILED, ErrorClass.INVALID_SETTINGS,
                    "the integration's settings have no mailbox");
        }
        return address(mailbox.asText(), "the integration's mailbox");
    }

    /** One address, strictly as RFC 822 has it: no list, no group, no line break into the headers. */
    private static InternetAddress address(String value, String what) throws EmailFailed {
        try {
            InternetAddress[] parsed = InternetAddress.parse(value.strip(), true);
            if (parsed.length != 1 || parsed[0].isGroup()) {
                throw new AddressException("not one address");
            }
            parsed[0].validate();
            return parsed[0];
        } catch (AddressException e) {
            throw new EmailFailed(Verdict.FAILED, ErrorClass.INVALID_SETTINGS,
                    what + " is not a mail address: " + e.getMessage());
        }
    }

    private String relay() {
        return config.host().orElse("(none)") + ":" + config.port();
    }

    private static Properties properties(EmailConfig config, SSLSocketFactory trust) {
        Properties properties = new Properties();
        properties.put("mail.smtp.connectiontimeout", Long.toString(config.connectTimeout().toMillis()));
        properties.put("mail.smtp.timeout", Long.toString(config.timeout().toMillis()));
        properties.put("mail.smtp.writetimeout", Long.toString(config.timeout().toMillis()));
        properties.put("mail.smtp.auth", Boolean.toString(config.username().isPresent()));
        // Angus checks the relay's certificate but not, by default, that it is the relay's name's.
        properties.put("mail.smtp.ssl.checkserveridentity", "true");
        switch (config.tls()) {
            case NONE -> {
            }
            case STARTTLS -> {
                properties.put("mail.smtp.starttls.enable", "true");
                properties.put("mail.smtp.starttls.required", "true");
            }
            case TLS -> properties.put("mail.smtp.ssl.enable", "true");
        }
        if (trust != null) {
            properties.put("mail.smtp.ssl.socketFactory", trust);
        }
        return properties;
    }

    private static String excerpt(String reply) {
        return reply == null ? null : ResponseExcerpt.of(reply.getBytes(StandardCharsets.UTF_8));
    }

    private static Duration elapsed(long started) {
        return Duration.ofNanos(System.nanoTime() - started);
    }
}
