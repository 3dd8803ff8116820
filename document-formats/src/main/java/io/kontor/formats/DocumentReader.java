package io.kontor.formats;

import io.kontor.formats.detect.FormatDetector;
import io.kontor.formats.detect.XmlStart;
import io.kontor.formats.invoices.InvoiceXml;
import io.kontor.formats.invoices.UnreadableInvoice;
import io.kontor.formats.invoices.pdf.HybridPdfReader;
import io.kontor.formats.statements.StatementRead;
import io.kontor.formats.statements.StatementReader;
import io.kontor.formats.statements.UnreadableStatement;
import io.kontor.formats.xml.UnsafeXml;

import java.util.List;
import java.util.Optional;

/**
 * The one entry point: what a document's bytes are and what they say. Detects the format, hands invoices to their
 * readers, and never throws for bad input — whatever a client uploads ends as a {@link ReadDocument}, with findings
 * when something was refused. Input above {@link #MAX_INPUT_BYTES} is not read at all, which bounds the memory and
 * time any one read can take. Thread-safe; one instance serves a whole service.
 */
public final class DocumentReader {

    /** Larger than any e-invoice or statement a client sends; a bigger upload is stored, not read. */
    public static final int MAX_INPUT_BYTES = 25 * 1024 * 1024;

    private final HybridPdfReader hybridPdfReader = new HybridPdfReader();

    public ReadDocument read(byte[] bytes) {
        if (bytes == null || bytes.length == 0) {
            return unknown(Findings.empty());
        }
        if (bytes.length > MAX_INPUT_BYTES) {
            return unknown(Findings.tooLarge(bytes.length, MAX_INPUT_BYTES));
        }
        DocumentFormat format = FormatDetector.detect(bytes);
        try {
            return switch (format) {
                case PDF -> hybridPdfReader.read(bytes);
                case UBL_INVOICE, UBL_CREDIT_NOTE, CII_INVOICE -> readInvoiceXml(format, bytes);
                case CAMT053 -> readStatements(format, () -> StatementReader.readCamt053(bytes));
                case CODA -> readStatements(format, () -> StatementReader.readCoda(bytes));
                case UNKNOWN -> unknown(Findings.unrecognised());
                case IMAGE, OTHER_XML, HYBRID_PDF_INVOICE -> recognised(format);
            };
        } catch (RuntimeException | StackOverflowError e) {
            // A library tripping over hostile input must not turn an upload into a 5xx; the stack has unwound by here.
            return new ReadDocument(format, Optional.empty(), List.of(), List.of(Findings.unreadable(e)));
        }
    }

    private static ReadDocument readInvoiceXml(DocumentFormat format, byte[] bytes) {
        try {
            InvoiceFacts invoice = InvoiceXml.read(XmlStart.trimmed(bytes));
            return new ReadDocument(format, Optional.of(invoice), List.of(), List.of());
        } catch (UnsafeXml e) {
            return new ReadDocument(format, Optional.empty(), List.of(), List.of(Findings.unsafeXml(e.getMessage())));
        } catch (UnreadableInvoice e) {
            return new ReadDocument(format, Optional.empty(), List.of(),
                    List.of(Findings.unreadableInvoice(e.getMessage())));
        }
    }

    /** Reads the statements of a file; warnings (a trailer that does not add up) come along as findings. */
    private static ReadDocument readStatements(DocumentFormat format, StatementSource source) {
        try {
            StatementRead read = source.read();
            return new ReadDocument(format, Optional.empty(), read.statements(), read.findings());
        } catch (UnreadableStatement e) {
            return new ReadDocument(format, Optional.empty(), List.of(), List.of(e.finding()));
        }
    }

    @FunctionalInterface
    private interface StatementSource {
        StatementRead read() throws UnreadableStatement;
    }

    private static ReadDocument recognised(DocumentFormat format) {
        return new ReadDocument(format, Optional.empty(), List.of(), List.of());
    }

    private static ReadDocument unknown(Finding finding) {
        return new ReadDocument(DocumentFormat.UNKNOWN, Optional.empty(), List.of(), List.of(finding));
    }
}
