package io.kontor.sync.connector.net;

/** The guard would not let a request go to this URL; the message says why and names no credentials. */
public class DestinationRefused extends Exception {

    public enum Reason {
        /** Not a URL a request can be sent to: unparsable, no host. */
        INVALID_URL,
        /** A scheme other than http(s), credentials in the URL, or an address the policy refuses. */
        FORBIDDEN,
        /** The host name has no address, for now at least. */
        UNRESOLVED
    }

    private final Reason reason;

    public DestinationRefused(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
