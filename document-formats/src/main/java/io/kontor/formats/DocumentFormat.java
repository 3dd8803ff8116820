package io.kontor.formats;

/** What a document's bytes are, as far as Kontor reads them. */
public enum DocumentFormat {
    /** UBL 2.1 Invoice: Peppol BIS 3.0, XRechnung UBL. */
    UBL_INVOICE,
    /** UBL 2.1 CreditNote. */
    UBL_CREDIT_NOTE,
    /** UN/CEFACT Cross Industry Invoice XML: XRechnung CII, Factur-X/ZUGFeRD XML on its own. */
    CII_INVOICE,
    /** A PDF/A-3 with an embedded CII invoice (Factur-X/ZUGFeRD, any profile): the XML is authoritative. */
    HYBRID_PDF_INVOICE,
    /** ISO 20022 camt.053 bank-to-customer statement (any of .001.02, .04, .08 and their neighbours). */
    CAMT053,
    /** Belgian CODA bank statement (fixed-width, 128-character records). */
    CODA,
    /** A PDF without an invoice Kontor can read in it. */
    PDF,
    /** A picture (a photographed receipt, a scan). */
    IMAGE,
    /** XML, but none of the formats above. */
    OTHER_XML,
    /** Anything else, or input refused as unsafe or broken (see the read's findings). */
    UNKNOWN
}
