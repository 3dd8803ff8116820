package io.kontor.formats.invoices.pdf;

import io.kontor.formats.DocumentFormat;
import io.kontor.formats.Finding;
import io.kontor.formats.Findings;
import io.kontor.formats.InvoiceFacts;
import io.kontor.formats.ReadDocument;
import io.kontor.formats.invoices.InvoiceXml;
import io.kontor.formats.invoices.UnreadableInvoice;
import io.kontor.formats.xml.UnsafeXml;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.MemoryUsageSetting;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Reads a PDF as a hybrid invoice (Factur-X, ZUGFeRD 1.0/2.x in every profile, XRechnung in a PDF): finds the
 * embedded invoice XML and reads it — the XML, not the picture, is the invoice. A PDF without one is a plain
 * {@link DocumentFormat#PDF}; one whose embedded XML cannot be read is too, with a finding that says why.
 *
 * <p>The PDF is the attacker's: it is held in memory only (no temp files), its compressed streams are counted
 * before PDFBox opens it, and only the one embedded file is decoded, with a ceiling.
 */
public final class HybridPdfReader {

    /** The largest invoice XML read from a PDF: real ones are kilobytes, EXTENDED ones with many lines a few MB. */
    static final int MAX_EMBEDDED_XML_BYTES = 10 * 1024 * 1024;
    /** What all of a PDF's Flate streams may expand to before the PDF is not opened at all. */
    static final long MAX_INFLATED_BYTES = 256L * 1024 * 1024;
    /** Memory PDFBox may take for the streams it buffers; nothing goes to temporary files. */
    private static final long MAX_PDFBOX_CACHE_BYTES = 64L * 1024 * 1024;
    /** A complete PDF ends with %%EOF; writers may add a line break or a few bytes of junk after it. */
    private static final int EOF_MARKER_WINDOW = 1024;
    private static final byte[] EOF_MARKER = "%%EOF".getBytes(StandardCharsets.US_ASCII);

    private final DeflateBombGuard bombGuard = new DeflateBombGuard(MAX_INFLATED_BYTES);

    public ReadDocument read(byte[] pdf) {
        List<Finding> findings = new ArrayList<>();
        if (!endsWithEofMarker(pdf)) {
            findings.add(Findings.truncated("the PDF ends without its end-of-file marker: it was cut short"));
        }
        if (bombGuard.exceedsBudget(pdf)) {
            findings.add(Findings.unreadablePdf("its compressed streams expand to more than " + MAX_INFLATED_BYTES
                    + " bytes; it was not searched for an embedded invoice"));
            return pdf(findings);
        }
        try (PDDocument document = load(pdf)) {
            Optional<EmbeddedInvoiceFile.Found> embedded = EmbeddedInvoiceFile.in(document);
            if (embedded.isEmpty()) {
                return pdf(findings);
            }
            return readEmbedded(embedded.get(), findings);
        } catch (InvalidPasswordException e) {
            findings.add(Findings.unreadablePdf("it is password-protected"));
        } catch (IOException | RuntimeException e) {
            // PDFBox reports a broken file as IOException, and a malformed object graph often as a runtime one.
            findings.add(Findings.unreadablePdf(String.valueOf(e.getMessage())));
        }
        return pdf(findings);
    }

    /**
     * The invoice XML a hybrid PDF carries, as it is, for passing on next to the PDF (a package that reads the XML
     * rather than the picture); empty when the PDF has none, or none this reader would read: the same ceilings apply.
     */
    public Optional<EmbeddedInvoice> embeddedInvoice(byte[] pdf) {
        if (bombGuard.exceedsBudget(pdf)) {
            return Optional.empty();
        }
        try (PDDocument document = load(pdf)) {
            Optional<EmbeddedInvoiceFile.Found> embedded = EmbeddedInvoiceFile.in(document);
            if (embedded.isEmpty()) {
                return Optional.empty();
            }
            return Optional.of(new EmbeddedInvoice(embedded.get().name(),
                    BoundedStreamContent.read(embedded.get().stream(), MAX_EMBEDDED_XML_BYTES)));
        } catch (BoundedStreamContent.Refused | IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** An invoice XML found in a PDF: its name there (e.g. {@code factur-x.xml}) and its bytes. */
    public record EmbeddedInvoice(String name, byte[] xml) {
    }

    private static PDDocument load(byte[] pdf) throws IOException {
        return Loader.loadPDF(new RandomAccessReadBuffer(pdf), "", null, null,
                MemoryUsageSetting.setupMainMemoryOnly(MAX_PDFBOX_CACHE_BYTES).streamCache);
    }

    private static ReadDocument readEmbedded(EmbeddedInvoiceFile.Found embedded, List<Finding> findings)
            throws IOException {
        try {
            byte[] xml = BoundedStreamContent.read(embedded.stream(), MAX_EMBEDDED_XML_BYTES);
            InvoiceFacts invoice = InvoiceXml.read(xml);
            return new ReadDocument(DocumentFormat.HYBRID_PDF_INVOICE, Optional.of(invoice), List.of(), findings);
        } catch (BoundedStreamContent.Refused | UnsafeXml | UnreadableInvoice e) {
            findings.add(Findings.embeddedInvoiceUnreadable(embedded.name(), e.getMessage()));
            return pdf(findings);
        }
    }

    private static ReadDocument pdf(List<Finding> findings) {
        return new ReadDocument(DocumentFormat.PDF, Optional.empty(), List.of(), findings);
    }

    private static boolean endsWithEofMarker(byte[] pdf) {
        for (int i = pdf.length - EOF_MARKER.length; i >= Math.max(0, pdf.length - EOF_MARKER_WINDOW); i--) {
            if (pdf[i] == '%' && Arrays.equals(pdf, i, i + EOF_MARKER.length, EOF_MARKER, 0,
                    EOF_MARKER.length)) {
                return true;
            }
        }
        return false;
    }
}
