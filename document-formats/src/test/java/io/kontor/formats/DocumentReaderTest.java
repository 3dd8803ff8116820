package io.kontor.formats;

import io.kontor.formats.invoices.pdf.TestPdfs;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

class DocumentReaderTest {

    private final DocumentReader reader = new DocumentReader();

    @Test
    void aUblInvoiceBehindAByteOrderMarkAndBlankLinesIsRead() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.write(new byte[]{(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        bytes.write("\r\n\r\n   ".getBytes(StandardCharsets.US_ASCII));
        bytes.write(sample("peppol/base-example.xml"));

        ReadDocument read = reader.read(bytes.toByteArray());

        assertThat(read.format()).isEqualTo(DocumentFormat.UBL_INVOICE);
        assertThat(read.findings()).isEmpty();
        assertThat(read.invoice()).map(InvoiceFacts::invoiceNumber).contains("Snippet1");
    }

    @Test
    void aUtf16InvoiceIsReadToo() {
        String ubl = new String(sample("peppol/base-example.xml"), StandardCharsets.UTF_8)
                .replaceFirst("encoding=\"UTF-8\"", "encoding=\"UTF-16\"");

        ReadDocument read = reader.read(ubl.getBytes(StandardCharsets.UTF_16));

        assertThat(read.format()).isEqualTo(DocumentFormat.UBL_INVOICE);
        assertThat(read.invoice()).map(InvoiceFacts::invoiceNumber).contains("Snippet1");
    }

    @Test
    void bankStatementsAreReadByTheirReadersAndWhatRefusesThemIsAFinding() throws IOException {
        ReadDocument camt = reader.read(resource("/samples/statements/camt053/camt053.v2.minimal.xml"));
        ReadDocument broken = reader.read(utf8("""
                <?xml version="1.0" encoding="UTF-8"?>
                <Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.053.001.08"><BkToCstmrStmt/></Document>"""));
        ReadDocument coda = reader.read(utf8("0".repeat(128) + "\n" + "1".repeat(128) + "\n"));

        assertThat(camt.format()).isEqualTo(DocumentFormat.CAMT053);
        assertThat(camt.statements()).isNotEmpty();
        assertThat(broken.format()).isEqualTo(DocumentFormat.CAMT053);
        assertThat(broken.statements()).isEmpty();
        assertThat(broken.findings()).isNotEmpty();
        assertThat(coda.format()).isEqualTo(DocumentFormat.CODA);
        assertThat(coda.statements()).isEmpty();
        assertThat(coda.findings()).isNotEmpty();
    }

    @Test
    void aPictureIsAnImageWithNothingToRead() {
        ReadDocument read = reader.read(new byte[]{(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE1, 0, 0});

        assertThat(read.format()).isEqualTo(DocumentFormat.IMAGE);
        assertThat(read.invoice()).isEmpty();
        assertThat(read.findings()).isEmpty();
    }

    @Test
    void xmlThatIsNoInvoiceIsOtherXml() {
        ReadDocument read = reader.read(utf8("<html><body>Rechnung</body></html>"));

        assertThat(read.format()).isEqualTo(DocumentFormat.OTHER_XML);
        assertThat(read.findings()).isEmpty();
    }

    @Test
    void aPdfWithoutAttachmentsIsAPlainPdf() {
        ReadDocument read = reader.read(TestPdfs.plain());

        assertThat(read.format()).isEqualTo(DocumentFormat.PDF);
        assertThat(read.invoice()).isEmpty();
        assertThat(read.findings()).isEmpty();
    }

    @Test
    void aPdfWhoseAttachmentIsNoInvoiceIsAPlainPdf() {
        ReadDocument read = reader.read(TestPdfs.withEmbeddedFile("timesheet.xml", utf8("<hours>12</hours>")));

        assertThat(read.format()).isEqualTo(DocumentFormat.PDF);
        assertThat(read.findings()).isEmpty();
    }

    @Test
    void anInvoiceListedOnlyAmongTheAssociatedFilesIsFound() {
        byte[] cii = sample("xrechnung/01.01a-INVOICE_uncefact.xml");

        ReadDocument read = reader.read(TestPdfs.withAssociatedFileOnly("factur-x.xml", cii));

        assertThat(read.format()).isEqualTo(DocumentFormat.HYBRID_PDF_INVOICE);
        assertThat(read.invoice()).map(InvoiceFacts::invoiceNumber).contains("123456XX");
    }

    @Test
    void aPdfMayCarryItsXRechnungAsUbl() {
        byte[] ubl = sample("xrechnung/01.07a-INVOICE_ubl.xml");

        ReadDocument read = reader.read(TestPdfs.withEmbeddedFile("xrechnung.xml", ubl));

        assertThat(read.format()).isEqualTo(DocumentFormat.HYBRID_PDF_INVOICE);
        assertThat(read.invoice()).map(InvoiceFacts::invoiceNumber).contains("R1234567");
    }

    @Test
    void aCiiCreditNoteTypeCodeMakesACreditNote() {
        String cii = new String(sample("xrechnung/01.01a-INVOICE_uncefact.xml"), StandardCharsets.UTF_8)
                .replace("<ram:TypeCode>380</ram:TypeCode>", "<ram:TypeCode>381</ram:TypeCode>");

        ReadDocument read = reader.read(utf8(cii));

        assertThat(read.invoice()).map(InvoiceFacts::creditNote).contains(true);
    }

    @Test
    void aUblWithAnElementUblDoesNotKnowAndADateThatIsNoneIsStillRead() {
        String ubl = new String(sample("peppol/base-example.xml"), StandardCharsets.UTF_8).replace(
                "<cbc:IssueDate>2017-11-13</cbc:IssueDate>", "<cbc:IssueDate>13.11.2017</cbc:IssueDate><cbc:Extra/>");

        ReadDocument read = reader.read(utf8(ubl));

        assertThat(read.findings()).isEmpty();
        assertThat(read.invoice()).map(InvoiceFacts::invoiceNumber).contains("Snippet1");
        assertThat(read.invoice()).map(InvoiceFacts::issueDate).isEmpty();
    }

    @Test
    void aCiiWithElementsOfALaterReleaseIsRead() {
        String cii = new String(sample("xrechnung/01.01a-INVOICE_uncefact.xml"), StandardCharsets.UTF_8).replace(
                "<ram:TypeCode>380</ram:TypeCode>", "<ram:TypeCode>380</ram:TypeCode><ram:D22BOnly>x</ram:D22BOnly>");

        ReadDocument read = reader.read(utf8(cii));

        assertThat(read.findings()).isEmpty();
        assertThat(read.invoice()).map(InvoiceFacts::grossTotal).hasValueSatisfying(
                gross -> assertThat(gross).isEqualByComparingTo("336.9"));
    }

    static byte[] sample(String file) {
        try (InputStream in = DocumentReaderTest.class.getResourceAsStream("/samples/" + file)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] resource(String path) throws IOException {
        try (InputStream in = DocumentReaderTest.class.getResourceAsStream(path)) {
            return in.readAllBytes();
        }
    }
}
