package io.kontor.local;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;

import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;

/**
 * {@code deploy/local/mailbox}: an SMTP server for the local stack that plays a firm's relay and the package's
 * mailboxes at once, and prints every mail Kontor sends: recipients, subject, Message-ID and each attachment with
 * its SHA-256, to compare with the document's.
 */
public final class MailboxCommand {

    static final String USAGE = """
            Usage: deploy/local/mailbox [--port <port>] [--user <name> --password <password>]

            Listens on smtp://127.0.0.1:<port> (default 2525) for Kontor's mail deliveries and prints each one.
            Install a mail extension with smtpHost 127.0.0.1, smtpPort <port>, tls none.
              --user, --password  require these credentials, as a real relay would (the installation's username
                                  and password); without them any sender is taken
            """;

    private MailboxCommand() {
    }

    public static void main(String[] args) throws InterruptedException {
        List<String> arguments = Arrays.asList(args);
        if (arguments.contains("--help") || arguments.contains("-h")) {
            System.out.print(USAGE);
            return;
        }
        int port = 2525;
        String user = null;
        String password = null;
        try {
            for (int i = 0; i < arguments.size(); i += 2) {
                String value = i + 1 < arguments.size() ? arguments.get(i + 1) : null;
                switch (arguments.get(i)) {
                    case "--port" -> port = Integer.parseInt(UsageException.valueOf("--port", value));
                    case "--user" -> user = UsageException.valueOf("--user", value);
                    case "--password" -> password = UsageException.valueOf("--password", value);
                    default -> throw new UsageException("unknown option " + arguments.get(i));
                }
            }
            if ((user == null) != (password == null)) {
                throw new UsageException("--user and --password go together");
            }
        } catch (UsageException | NumberFormatException e) {
            System.err.println("deploy/local/mailbox: " + e.getMessage());
            System.err.print(USAGE);
            System.exit(2);
            return;
        }
        GreenMail server = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP))
                .withConfiguration(user == null ? GreenMailConfiguration.aConfig().withDisabledAuthentication()
                        : GreenMailConfiguration.aConfig().withUser(user, password));
        server.start();
        Runtime.getRuntime().addShutdownHook(new Thread(server::stop));
        System.out.printf("Receiving Kontor's mail on smtp://127.0.0.1:%d (%s; Ctrl-C stops)%n", port,
                user == null ? "no login needed" : "login as " + user);
        int printed = 0;
        while (true) {
            server.waitForIncomingEmail(Long.MAX_VALUE, printed + 1);
            MimeMessage[] received = server.getReceivedMessages();
            for (; printed < received.length; printed++) {
                System.out.print(describe(received[printed]));
                System.out.flush();
            }
        }
    }

    private static String describe(MimeMessage mail) {
        StringBuilder out = new StringBuilder("MAIL\n");
        try {
            out.append("  to                ").append(Arrays.toString(mail.getAllRecipients())).append('\n')
                    .append("  from              ").append(Arrays.toString(mail.getFrom())).append('\n')
                    .append("  subject           ").append(mail.getSubject()).append('\n')
                    .append("  message-id        ").append(mail.getMessageID()).append('\n');
            if (mail.getContent() instanceof Multipart parts) {
                for (int i = 0; i < parts.getCount(); i++) {
                    BodyPart part = parts.getBodyPart(i);
                    if (Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition())) {
                        byte[] bytes = readAll(part);
                        out.append("  attachment        ").append(part.getFileName()).append(" (")
                                .append(part.getContentType().split(";", 2)[0]).append(", ").append(bytes.length)
                                .append(" bytes, SHA-256 ").append(sha256(bytes)).append(")\n");
                    }
                }
            }
        } catch (MessagingException | IOException e) {
            out.append("  unreadable        ").append(e.getMessage()).append('\n');
        }
        return out.toString();
    }

    private static byte[] readAll(Part part) throws MessagingException, IOException {
        try (InputStream in = part.getInputStream()) {
            return in.readAllBytes();
        }
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
