package io.kontor.sync.connector.email;

import io.kontor.formats.invoices.pdf.HybridPdfReader;
import io.kontor.sync.config.EmailConfig;
import io.kontor.sync.connector.AttemptReport;
import io.kontor.sync.connector.Connector;
import io.kontor.sync.connector.DeliveryOutcome;
import io.kontor.sync.connector.DeliveryOutcome.Verdict;
import io.kontor.sync.connector.ErrorClass;
import io.kontor.sync.connector.InstallationSettings;
import io.kontor.sync.connector.OutboundDelivery;
import io.kontor.sync.connector.ResponseExcerpt;
import io.kontor.sync.connector.net.DestinationGuard;
import io.kontor.sync.connector.net.DestinationRefused;
import io.kontor.sync.connector.net.HostResolver;
import io.kontor.sync.connector.net.NetworkPolicy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.eclipse.angus.mail.smtp.SMTPTransport;
import org.jboss.logging.Logger;

import javax.net.ssl.SSLSocketFactory;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;

/**
 * The EMAIL channel (DESIGN.md §6): the original, fetched through the payload's signed link, attached to one mail
 * to the client's mailbox of the package, sent through the firm's SMTP relay (its installation's settings), the way
 * the package's conventions want it (docs/connectors.md, "Mail conventions").
 *
 * <p>Angus Mail (Jakarta Mail) rather than quarkus-mailer: an attempt blocks on a worker thread anyway, and Angus
 * names the relay's reply code on its exceptions, sets a timeout per connection and read, takes a relay per message
 * and lets the Message-ID be the delivery's; quarkus-mailer's reactive client hides the first and configures relays
 * at start-up only.
 */
@ApplicationScoped
public class EmailConnector implements Connector {

    private static final String CHANNEL = "EMAIL";

    private static final Logger LOG = Logger.getLogger(EmailConnector.class);

    private final EmailConfig config;
    private final OriginalFetcher fetcher;
    private final DestinationGuard guard;
    private final SSLSocketFactory trust;
    private final HybridPdfReader pdfReader = new HybridPdfReader();
    private final Clock clock;

    @Inject
    public EmailConnector(EmailConfig config, Clock clock) {
        this(config, (SSLSocketFactory) SSLSocketFactory.getDefault(), clock);
    }

    /** @param trust the certificates a relay's TLS is checked against */
    EmailConnector(EmailConfig config, SSLSocketFactory trust, Clock clock) {
        this.config = config;
        this.fetcher = new OriginalFetcher(config.connectTimeout(), config.timeout());
        this.guard = new DestinationGuard(HostResolver.SYSTEM,
                new NetworkPolicy(config.allowedNetworks().orElse(List.of())));
        this.trust = trust;
        this.clock = clock;
    }

    @Override
    public String channel() {
        return CHANNEL;
    }

    @Override
    public DeliveryOutcome deliver(OutboundDelivery delivery) {
        long started = System.nanoTime();
        try {
            Sent sent = attempt(delivery);
            return new DeliveryOutcome(Verdict.DELIVERED, Optional.empty(), new AttemptReport(null,
                    elapsed(started), excerpt(sent.reply()), null, "the relay " + sent.relay() + " took the mail"));
        } catch (EmailFailed e) {
            return new DeliveryOutcome(e.verdict(), Optional.empty(),
                    new AttemptReport(null, elapsed(started), excerpt(e.reply()), e.errorClass(), e.getMessage()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return DeliveryOutcome.unanswered(Verdict.RETRY, ErrorClass.INTERRUPTED,
                    "the worker stopped while fetching the original", elapsed(started));
        }
    }

    private record Sent(String relay, String reply) {
    }

    private Sent attempt(OutboundDelivery delivery) throws EmailFailed, InterruptedException {
        InstallationSettings installation = delivery.installationSettings().orElseThrow(() -> new EmailFailed(
                Verdict.RETRY, ErrorClass.SETTINGS_PENDING, "this worker has not received the installation's "
                + "settings (its SMTP relay) yet; they follow with kontor.installation.created.v1"));
        MailRelay relay = MailRelay.fromSettings(installation.settings());
        MailConventions conventions = MailConventions.of(installation.conventions(), installation.settings());
        MailedDocument document = MailedDocument.fromPayload(delivery.payload());
        InternetAddress to = conventions.mailbox(document.type(), delivery.settings());
        if (!conventions.reads(document.mediaType())) {
            throw new EmailFailed(Verdict.FAILED, ErrorClass.UNSUPPORTED_DOCUMENT, "the package reads "
                    + String.join(", ", conventions.mediaTypes()) + ", not " + document.mediaType());
        }
        InetAddress address = checked(relay);
        byte[] original = fetcher.fetch(document);
        MimeMessage message;
        try {
            message = MailComposer.compose(session(relay), delivery.deliveryId(), relay.from(), to,
                    conventions.subjectOf(document, delivery.settings()), document,
                    attachments(document, original, conventions), clock.instant());
        } catch (MessagingException e) {
            throw new EmailFailed(Verdict.RETRY, ErrorClass.INTERNAL, "the mail could not be composed: "
                    + e.getMessage());
        }
        return new Sent(relay.name(), send(message, relay, address));
    }

    private List<MailAttachment> attachments(MailedDocument document, byte[] original, MailConventions conventions) {
        List<MailAttachment> attachments = new ArrayList<>();
        attachments.add(MailComposer.original(document, original));
        if (conventions.attachEmbeddedXml() && "application/pdf".equalsIgnoreCase(document.mediaType())) {
            pdfReader.embeddedInvoice(original)
                    .ifPresent(xml -> attachments.add(MailComposer.embeddedXml(document, xml.xml())));
        }
        return attachments;
    }

    /** The relay's name is the firm's to type, so it passes the same guard as a webhook URL. */
    private InetAddress checked(MailRelay relay) throws EmailFailed {
        try {
            return guard.checkHost(relay.host());
        } catch (DestinationRefused refusal) {
            throw switch (refusal.reason()) {
                case INVALID_URL -> new EmailFailed(Verdict.FAILED, ErrorClass.INVALID_SETTINGS,
                        "the installation's smtpHost cannot be used: " + refusal.getMessage());
                case FORBIDDEN -> new EmailFailed(Verdict.FAILED, ErrorClass.SSRF_REFUSED, refusal.getMessage()
                        + "; mail relays are reached at public addresses unless the operator allows a range");
                case UNRESOLVED -> new EmailFailed(Verdict.RETRY, ErrorClass.DNS, refusal.getMessage());
            };
        }
    }

    /** @return the relay's last reply, its acceptance of the message */
    private static String send(MimeMessage message, MailRelay relay, InetAddress address) throws EmailFailed {
        SMTPTransport transport = null;
        try {
            transport = (SMTPTransport) message.getSession().getTransport("smtp");
            // The checked address, not the name: no second lookup (see RelayTlsSocketFactory).
            transport.connect(address.getHostAddress(), relay.port(), relay.username(), relay.password());
            transport.sendMessage(message, message.getAllRecipients());
            return transport.getLastServerResponse();
        } catch (MessagingException e) {
            throw SmtpFailures.classify(e, transport == null ? -1 : transport.getLastReturnCode(), relay.name());
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

    /** One session per attempt: each firm has its own relay. */
    private Session session(MailRelay relay) {
        Properties properties = new Properties();
        properties.put("mail.smtp.connectiontimeout", Long.toString(config.connectTimeout().toMillis()));
        properties.put("mail.smtp.timeout", Long.toString(config.timeout().toMillis()));
        properties.put("mail.smtp.writetimeout", Long.toString(config.timeout().toMillis()));
        properties.put("mail.smtp.auth", Boolean.toString(relay.username() != null));
        // The certificate is checked against the relay's name by RelayTlsSocketFactory; Angus would check it against
        // the address connected to, which no certificate names.
        properties.put("mail.smtp.ssl.checkserveridentity", "false");
        properties.put("mail.smtp.ssl.socketFactory", new RelayTlsSocketFactory(trust, relay.host()));
        switch (relay.tls()) {
            case NONE -> {
            }
            case STARTTLS -> {
                properties.put("mail.smtp.starttls.enable", "true");
                properties.put("mail.smtp.starttls.required", "true");
            }
            case TLS -> properties.put("mail.smtp.ssl.enable", "true");
        }
        return Session.getInstance(properties);
    }

    private static String excerpt(String reply) {
        return reply == null ? null : ResponseExcerpt.of(reply.getBytes(StandardCharsets.UTF_8));
    }

    private static Duration elapsed(long started) {
        return Duration.ofNanos(System.nanoTime() - started);
    }
}
