package io.kontor.formats.detect;

import io.kontor.formats.DocumentFormat;

import javax.xml.namespace.QName;
import java.nio.charset.StandardCharsets;

/**
 * Says what a document is from its bytes alone — magic numbers and, for XML, the root element's namespace and
 * name — never from a file name or a declared media type, which uploaders get wrong. A PDF is reported as
 * {@link DocumentFormat#PDF}: whether it carries an invoice is for the PDF reader to find out.
 */
public final class FormatDetector {

    public static final String UBL_INVOICE_NS = "urn:oasis:names:specification:ubl:schema:xsd:Invoice-2";
    public static final String UBL_CREDIT_NOTE_NS = "urn:oasis:names:specification:ubl:schema:xsd:CreditNote-2";
    public static final String CII_NS = "urn:un:unece:uncefact:data:standard:CrossIndustryInvoice:100";
    /** ZUGFeRD 1.0's own CII dialect, still found in archives and older PDFs. */
    public static final String ZUGFERD_1_NS = "urn:ferd:CrossIndustryDocument:invoice:1p0";
    public static final String CAMT053_NS_PREFIX = "urn:iso:std:iso:20022:tech:xsd:camt.053.001.";

    /** PDF readers accept the header anywhere in the first kilobyte; so must detection. */
    private static final int PDF_HEADER_WINDOW = 1024;
    private static final byte[] PDF_HEADER = "%PDF-".getBytes(StandardCharsets.US_ASCII);
    private static final int CODA_RECORD_LENGTH = 128;

    private FormatDetector() {
    }

    public static DocumentFormat detect(byte[] bytes) {
        if (hasPdfHeader(bytes)) {
            return DocumentFormat.PDF;
        }
        if (ImageMagic.matches(bytes)) {
            return DocumentFormat.IMAGE;
        }
        int xmlStart = XmlStart.offset(bytes);
        if (xmlStart >= 0) {
            return XmlRoot.of(bytes, xmlStart).map(FormatDetector::xmlFormat).orElse(DocumentFormat.UNKNOWN);
        }
        if (looksLikeCoda(bytes)) {
            return DocumentFormat.CODA;
        }
        return DocumentFormat.UNKNOWN;
    }

    private static DocumentFormat xmlFormat(QName root) {
        String ns = root.getNamespaceURI();
        String name = root.getLocalPart();
        if (UBL_INVOICE_NS.equals(ns) && "Invoice".equals(name)) {
            return DocumentFormat.UBL_INVOICE;
        }
        if (UBL_CREDIT_NOTE_NS.equals(ns) && "CreditNote".equals(name)) {
            return DocumentFormat.UBL_CREDIT_NOTE;
        }
        if (CII_NS.equals(ns) && "CrossIndustryInvoice".equals(name)
                || ZUGFERD_1_NS.equals(ns) && "CrossIndustryDocument".equals(name)) {
            return DocumentFormat.CII_INVOICE;
        }
        if (ns.startsWith(CAMT053_NS_PREFIX) && "Document".equals(name)) {
            return DocumentFormat.CAMT053;
        }
        return DocumentFormat.OTHER_XML;
    }

    private static boolean hasPdfHeader(byte[] bytes) {
        int last = Math.min(bytes.length, PDF_HEADER_WINDOW) - PDF_HEADER.length;
        for (int i = 0; i <= last; i++) {
            if (Bytes.regionMatches(bytes, i, PDF_HEADER)) {
                return true;
            }
        }
        return false;
    }

    /**
     * CODA: fixed 128-character records, the first a header record of type 0. Both the first and (when there is one)
     * the second line must be exactly a record long, so a text file that happens to start with "0" is not taken.
     */
    private static boolean looksLikeCoda(byte[] bytes) {
        if (bytes.length < CODA_RECORD_LENGTH || bytes[0] != '0') {
            return false;
        }
        int firstEnd = recordEnd(bytes, 0);
        if (firstEnd != CODA_RECORD_LENGTH) {
            return false;
        }
        int next = skipLineBreak(bytes, firstEnd);
        return next >= bytes.length || recordEnd(bytes, next) - next == CODA_RECORD_LENGTH;
    }

    private static int recordEnd(byte[] bytes, int from) {
        int i = from;
        while (i < bytes.length && bytes[i] != '\n' && bytes[i] != '\r') {
            i++;
        }
        return i;
    }

    private static int skipLineBreak(byte[] bytes, int at) {
        int i = at;
        if (i < bytes.length && bytes[i] == '\r') {
            i++;
        }
        if (i < bytes.length && bytes[i] == '\n') {
            i++;
        }
        return i;
    }
}
