package io.kontor.formats.invoices;

import io.kontor.formats.InvoiceFacts;
import io.kontor.formats.detect.FormatDetector;
import io.kontor.formats.xml.SafeXml;
import io.kontor.formats.xml.UnsafeXml;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * Reads an e-invoice's XML, whatever its syntax: parses it through SafeXml — the only way outside XML becomes a
 * DOM here — and hands the DOM to the reader its root element calls for. Used for XML uploads and for the XML
 * inside a hybrid PDF alike, since a PDF may embed UBL as well as CII.
 */
public final class InvoiceXml {

    private InvoiceXml() {
    }

    /**
     * @throws UnsafeXml        SafeXml refused the bytes
     * @throws UnreadableInvoice the XML is safe but no invoice Kontor reads, or does not bind to its syntax
     */
    public static InvoiceFacts read(byte[] xml) throws UnsafeXml, UnreadableInvoice {
        Document dom = SafeXml.parse(xml);
        Element root = dom.getDocumentElement();
        String namespace = String.valueOf(root.getNamespaceURI());
        String name = root.getLocalName();
        if (FormatDetector.UBL_INVOICE_NS.equals(namespace) && "Invoice".equals(name)) {
            return UblInvoiceReader.readInvoice(dom);
        }
        if (FormatDetector.UBL_CREDIT_NOTE_NS.equals(namespace) && "CreditNote".equals(name)) {
            return UblInvoiceReader.readCreditNote(dom);
        }
        if (FormatDetector.CII_NS.equals(namespace) && "CrossIndustryInvoice".equals(name)) {
            return CiiInvoiceReader.read(dom);
        }
        if (FormatDetector.ZUGFERD_1_NS.equals(namespace) && "CrossIndustryDocument".equals(name)) {
            return ZugferdOneReader.read(dom);
        }
        throw new UnreadableInvoice("the root element {" + namespace + "}" + name + " is no invoice Kontor reads");
    }
}
