package io.kontor.sync.connector.email;

import io.kontor.sync.connector.DeliveryOutcome.Verdict;
import io.kontor.sync.connector.ErrorClass;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;

/** Addresses typed in by people, read strictly before they go into a mail's headers. */
final class MailAddresses {

    private MailAddresses() {
    }

    /** One address, strictly as RFC 822 has it: no list, no group, no line break into the headers. */
    static InternetAddress one(String value, String what) throws EmailFailed {
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
}
