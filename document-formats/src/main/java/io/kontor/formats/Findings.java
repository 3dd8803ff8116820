package io.kontor.formats;

/**
 * The findings a read can end with, each with its stable code. One place, so the codes documents-service maps to
 * flags and problem+json stay the same wherever a reader raises them.
 */
public final class Findings {

    public static final String EMPTY = "empty";
    public static final String TOO_LARGE = "too-large";
    public static final String UNRECOGNISED = "unrecognised";
    public static final String UNREADABLE = "unreadable";
    public static final String UNSAFE_XML = "unsafe-xml";
    public static final String UNREADABLE_INVOICE = "unreadable-invoice";
    public static final String UNREADABLE_PDF = "unreadable-pdf";
    public static final String TRUNCATED = "truncated";
    public static final String EMBEDDED_INVOICE_UNREADABLE = "embedded-invoice-unreadable";

    private Findings() {
    }

    public static Finding empty() {
        return new Finding(EMPTY, "the document is empty");
    }

    public static Finding tooLarge(long size, long limit) {
        return new Finding(TOO_LARGE, "the document has " + size + " bytes; documents above " + limit
                + " bytes are stored but not read");
    }

    public static Finding unrecognised() {
        return new Finding(UNRECOGNISED, "the bytes are none of the formats Kontor reads");
    }

    public static Finding unreadable(Throwable cause) {
        return new Finding(UNREADABLE, "the document could not be read: " + cause);
    }

    public static Finding unsafeXml(String why) {
        return new Finding(UNSAFE_XML, "the XML was refused: " + why);
    }

    public static Finding unreadableInvoice(String why) {
        return new Finding(UNREADABLE_INVOICE, "the invoice could not be read: " + why);
    }

    public static Finding unreadablePdf(String why) {
        return new Finding(UNREADABLE_PDF, "the PDF could not be opened: " + why);
    }

    public static Finding truncated(String what) {
        return new Finding(TRUNCATED, what);
    }

    public static Finding embeddedInvoiceUnreadable(String fileName, String why) {
        return new Finding(EMBEDDED_INVOICE_UNREADABLE, "the PDF carries " + fileName
                + " but it could not be read as an invoice: " + why);
    }
}
