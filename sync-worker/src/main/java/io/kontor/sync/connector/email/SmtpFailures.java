package io.kontor.sync.connector.email;

import io.kontor.sync.connector.DeliveryOutcome.Verdict;
import io.kontor.sync.connector.ErrorClass;
import jakarta.mail.MessagingException;
import org.eclipse.angus.mail.smtp.SMTPAddressFailedException;
import org.eclipse.angus.mail.smtp.SMTPSendFailedException;
import org.eclipse.angus.mail.smtp.SMTPSenderFailedException;

import javax.net.ssl.SSLException;
import java.io.IOException;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;

/**
 * A failed SMTP exchange as an attempt's outcome, the way DESIGN.md §5 reads HTTP statuses: a 4xx reply is
 * transient (greylisting, a full queue, "try again later") and retried; a 5xx reply is permanent (no such mailbox,
 * message refused) and fails; no reply at all — refused, timed out, broken, TLS failed — is retried.
 */
final class SmtpFailures {

    private SmtpFailures() {
    }

    /**
     * @param lastReplyCode the relay's last reply code as the transport saw it, or -1: Jakarta Mail names the code
     *                      on its exceptions for MAIL, RCPT and DATA, but not for the greeting or authentication
     */
    static EmailFailed classify(MessagingException failure, int lastReplyCode, String relay) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            int code = replyCode(cause);
            if (code >= 400) {
                return byReply(code, cause.getMessage(), relay);
            }
        }
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof IOException io) {
                return unanswered(io, relay);
            }
        }
        if (lastReplyCode >= 400) {
            return byReply(lastReplyCode, failure.getMessage(), relay);
        }
        return new EmailFailed(Verdict.RETRY, ErrorClass.PROTOCOL,
                "the exchange with the relay " + relay + " failed: " + failure.getMessage());
    }

    private static int replyCode(Throwable cause) {
        if (cause instanceof SMTPAddressFailedException address) {
            return address.getReturnCode();
        }
        if (cause instanceof SMTPSenderFailedException sender) {
            return sender.getReturnCode();
        }
        if (cause instanceof SMTPSendFailedException send) {
            return send.getReturnCode();
        }
        return -1;
    }

    private static EmailFailed byReply(int code, String reply, String relay) {
        String said = reply == null ? String.valueOf(code) : reply.strip();
        if (code < 500) {
            return new EmailFailed(Verdict.RETRY, ErrorClass.SMTP_4XX,
                    "the relay " + relay + " deferred the mail: " + said, said);
        }
        return new EmailFailed(Verdict.FAILED, ErrorClass.SMTP_5XX,
                "the relay " + relay + " refused the mail for good: " + said, said);
    }

    private static EmailFailed unanswered(IOException cause, String relay) {
        if (cause instanceof SocketTimeoutException) {
            return new EmailFailed(Verdict.RETRY, ErrorClass.TIMEOUT, "timed out talking to the relay " + relay);
        }
        if (cause instanceof ConnectException) {
            return new EmailFailed(Verdict.RETRY, ErrorClass.CONNECTION_REFUSED,
                    "cannot connect to the relay " + relay + ": " + cause.getMessage());
        }
        if (cause instanceof UnknownHostException) {
            return new EmailFailed(Verdict.RETRY, ErrorClass.DNS, "the relay's host " + relay + " does not resolve");
        }
        if (cause instanceof SSLException) {
            return new EmailFailed(Verdict.RETRY, ErrorClass.TLS,
                    "TLS with the relay " + relay + " failed: " + cause.getMessage());
        }
        return new EmailFailed(Verdict.RETRY, ErrorClass.CONNECTION, "the exchange with the relay " + relay
                + " broke off: " + cause.getClass().getSimpleName() + ": " + cause.getMessage());
    }
}
