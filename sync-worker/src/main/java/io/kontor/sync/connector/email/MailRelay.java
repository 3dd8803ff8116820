package io.kontor.sync.connector.email;

import com.fasterxml.jackson.databind.JsonNode;
import io.kontor.sync.connector.DeliveryOutcome.Verdict;
import io.kontor.sync.connector.ErrorClass;
import jakarta.mail.internet.InternetAddress;

import java.util.Locale;

/**
 * The firm's SMTP relay, as its installation of an EMAIL extension sets it (store-service checks the settings
 * against the extension's schema; this reads them again, since a relay the worker cannot use must fail clearly).
 *
 * @param username {@code null} when the relay takes mail without authentication
 * @param password {@code null} without a username, or when the firm set none
 */
record MailRelay(String host, int port, TlsMode tls, String username, String password, InternetAddress from) {

    static final int DEFAULT_PORT = 587;

    enum TlsMode {
        /** Plain SMTP: only for a relay on a trusted network. */
        NONE,
        /** Upgrade the connection with STARTTLS, and refuse to go on if the relay does not offer it. */
        STARTTLS,
        /** TLS from the first byte (SMTPS, usually port 465). */
        TLS
    }

    static MailRelay fromSettings(JsonNode settings) throws EmailFailed {
        String host = text(settings, "smtpHost");
        String from = text(settings, "fromAddress");
        if (host == null || from == null) {
            throw invalid("the installation sets no SMTP relay (smtpHost and fromAddress are needed)");
        }
        JsonNode port = settings.path("smtpPort");
        if (!port.isMissingNode() && !(port.canConvertToInt() && port.asInt() >= 1 && port.asInt() <= 65535)) {
            throw invalid("the installation's smtpPort is not a port: " + port);
        }
        String username = text(settings, "username");
        return new MailRelay(host, port.isMissingNode() ? DEFAULT_PORT : port.asInt(), tls(settings), username,
                username == null ? null : text(settings, "password"),
                MailAddresses.one(from, "the installation's fromAddress"));
    }

    /** {@code smtp.firm.example:587}, for messages: never the credentials. */
    String name() {
        return host + ":" + port;
    }

    private static TlsMode tls(JsonNode settings) throws EmailFailed {
        String tls = text(settings, "tls");
        if (tls == null) {
            return TlsMode.STARTTLS;
        }
        try {
            return TlsMode.valueOf(tls.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw invalid("the installation's tls is '" + tls + "', not starttls, tls or none");
        }
    }

    private static EmailFailed invalid(String message) {
        return new EmailFailed(Verdict.FAILED, ErrorClass.INVALID_SETTINGS, message);
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.path(field);
        return value.isTextual() && !value.asText().isBlank() ? value.asText().strip() : null;
    }

    /** Names no credential: a relay may end up in a log line. */
    @Override
    public String toString() {
        return "MailRelay[" + name() + ", tls=" + tls + ", username=" + (username == null ? "none" : "set") + "]";
    }
}
