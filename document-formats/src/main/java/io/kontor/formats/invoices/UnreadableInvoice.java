package io.kontor.formats.invoices;

/** An invoice XML that parsed safely but does not bind to the format its root element claims. */
public class UnreadableInvoice extends Exception {

    public UnreadableInvoice(String message) {
        super(message, null, false, false);
    }
}
