package io.kontor.formats;

import io.kontor.formats.invoices.pdf.TestPdfs;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.channels.ServerSocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One test per attack a client — or whoever sits in a client's mailbox — can upload. Each must end as a
 * {@link ReadDocument} with a finding, never an exception, and soon: the timeout only keeps a regression from hanging
 * the build, the assertions are about behaviour.
 */
@Timeout(10)
class HostileInputTest {

    private static final String UBL_OPEN = "<Invoice xmlns=\"urn:oasis:names:specification:ubl:schema:xsd:Invoice-2\""
            + " xmlns:cbc=\"urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2\">";
    private static final String UBL_CLOSE = "</Invoice>";

    private final DocumentReader reader = new DocumentReader();

    @Test
    void anExternalEntityReadingALocalFileIsRefused(@TempDir Path dir) throws IOException {
        Path secret = Files.writeString(dir.resolve("secret.txt"), "TOP-SECRET-42");

        ReadDocument read = reader.read(utf8("<?xml version=\"1.0\"?><!DOCTYPE Invoice [<!ENTITY xxe SYSTEM \""
                + secret.toUri() + "\">]>" + UBL_OPEN + "<cbc:ID>&xxe;</cbc:ID>" + UBL_CLOSE));

        assertThat(read.format()).isEqualTo(DocumentFormat.UBL_INVOICE);
        assertThat(read.invoice()).isEmpty();
        assertThat(read.findings()).extracting(Finding::code).containsExactly(Findings.UNSAFE_XML);
        assertThat(read.toString()).doesNotContain("TOP-SECRET-42");
    }

    @Test
    void anExternalEntityFetchingAUrlIsRefusedWithoutConnecting() throws IOException {
        try (ServerSocketChannel listener = listener()) {
            ReadDocument read = reader.read(utf8("<?xml version=\"1.0\"?><!DOCTYPE Invoice [<!ENTITY xxe SYSTEM \""
                    + url(listener) + "/leak\">]>" + UBL_OPEN + "<cbc:ID>&xxe;</cbc:ID>" + UBL_CLOSE));

            assertThat(read.findings()).extracting(Finding::code).containsExactly(Findings.UNSAFE_XML);
            assertThat(listener.accept()).as("a connection to the attacker's URL").isNull();
        }
    }

    @Test
    void anExternalDtdIsNeverFetched() throws IOException {
        try (ServerSocketChannel listener = listener()) {
            ReadDocument read = reader.read(utf8("<?xml version=\"1.0\"?><!DOCTYPE Invoice SYSTEM \""
                    + url(listener) + "/evil.dtd\">" + UBL_OPEN + "<cbc:ID>1</cbc:ID>" + UBL_CLOSE));

            assertThat(read.findings()).extracting(Finding::code).containsExactly(Findings.UNSAFE_XML);
            assertThat(listener.accept()).as("a connection to the attacker's DTD").isNull();
        }
    }

    @Test
    void billionLaughsIsRefusedBeforeAnythingExpands() {
        StringBuilder entities = new StringBuilder("<!ENTITY lol0 \"lol\">");
        for (int i = 1; i <= 10; i++) {
            entities.append("<!ENTITY lol").append(i).append(" \"")
                    .append(("&lol" + (i - 1) + ";").repeat(10)).append("\">");
        }

        ReadDocument read = reader.read(utf8("<?xml version=\"1.0\"?><!DOCTYPE Invoice [" + entities + "]>"
                + UBL_OPEN + "<cbc:ID>&lol10;</cbc:ID>" + UBL_CLOSE));

        assertThat(read.invoice()).isEmpty();
        assertThat(read.findings()).extracting(Finding::code).containsExactly(Findings.UNSAFE_XML);
    }

    @Test
    void deeplyNestedXmlIsRefused() {
        int depth = 100_000;

        ReadDocument read = reader.read(utf8(UBL_OPEN + "<cbc:Note>".repeat(depth) + "</cbc:Note>".repeat(depth)
                + UBL_CLOSE));

        assertThat(read.format()).isEqualTo(DocumentFormat.UBL_INVOICE);
        assertThat(read.findings()).extracting(Finding::code).containsExactly(Findings.UNSAFE_XML);
        assertThat(read.findings().get(0).message()).contains("nests deeper");
    }

    @Test
    void aHugeAttributeValueIsRefused() {
        ReadDocument read = reader.read(utf8(UBL_OPEN + "<cbc:ID schemeID=\"" + "A".repeat(5_000_000) + "\">1</cbc:ID>"
                + UBL_CLOSE));

        assertThat(read.invoice()).isEmpty();
        assertThat(read.findings()).extracting(Finding::code).containsExactly(Findings.UNSAFE_XML);
    }

    @Test
    void aUblWithA50MegabyteTextNodeIsRefusedByTheSizeCap() {
        ReadDocument read = reader.read(utf8(UBL_OPEN + "<cbc:Note>" + "A".repeat(50 * 1024 * 1024) + "</cbc:Note>"
                + UBL_CLOSE));

        assertThat(read.format()).isEqualTo(DocumentFormat.UNKNOWN);
        assertThat(read.findings()).extracting(Finding::code).containsExactly(Findings.TOO_LARGE);
    }

    @Test
    void aUblWithA20MegabyteTextNodeUnderTheCapIsReadWithinMemory() {
        ReadDocument read = reader.read(utf8(UBL_OPEN + "<cbc:ID>big-1</cbc:ID><cbc:Note>"
                + "A".repeat(20 * 1024 * 1024) + "</cbc:Note>" + UBL_CLOSE));

        assertThat(read.format()).isEqualTo(DocumentFormat.UBL_INVOICE);
        assertThat(read.invoice()).map(InvoiceFacts::invoiceNumber).contains("big-1");
    }

    @Test
    void anXmlInvoiceCutShortIsRefusedAsNotWellFormed() {
        byte[] invoice = DocumentReaderTest.sample("peppol/base-example.xml");

        ReadDocument read = reader.read(Arrays.copyOf(invoice, invoice.length / 2));

        assertThat(read.format()).isEqualTo(DocumentFormat.UBL_INVOICE);
        assertThat(read.findings()).extracting(Finding::code).containsExactly(Findings.UNSAFE_XML);
        assertThat(read.findings().get(0).message()).contains("not well-formed");
    }

    @Test
    void aPdfWhoseEmbeddedInvoiceIsAnXxeIsAPlainPdfSayingSo(@TempDir Path dir) throws IOException {
        Path secret = Files.writeString(dir.resolve("secret.txt"), "TOP-SECRET-43");
        byte[] xxe = utf8("<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY xxe SYSTEM \"" + secret.toUri() + "\">]>"
                + "<rsm:CrossIndustryInvoice"
                + " xmlns:rsm=\"urn:un:unece:uncefact:data:standard:CrossIndustryInvoice:100\">"
                + "&xxe;</rsm:CrossIndustryInvoice>");

        ReadDocument read = reader.read(TestPdfs.withEmbeddedFile("factur-x.xml", xxe));

        assertThat(read.format()).isEqualTo(DocumentFormat.PDF);
        assertThat(read.invoice()).isEmpty();
        assertThat(read.findings()).extracting(Finding::code)
                .containsExactly(Findings.EMBEDDED_INVOICE_UNREADABLE);
        assertThat(read.findings().get(0).message()).contains("factur-x.xml", "DOCTYPE");
        assertThat(read.toString()).doesNotContain("TOP-SECRET-43");
    }

    @Test
    void aPdfWhoseEmbeddedInvoiceInflatesBeyondItsCeilingIsNotDecodedFurther() {
        byte[] bomb = TestPdfs.deflatedZeros(64L * 1024 * 1024);

        ReadDocument read = reader.read(TestPdfs.withRawEmbeddedFile("factur-x.xml", bomb, COSName.FLATE_DECODE));

        assertThat(read.format()).isEqualTo(DocumentFormat.PDF);
        assertThat(read.findings()).extracting(Finding::code)
                .containsExactly(Findings.EMBEDDED_INVOICE_UNREADABLE);
        assertThat(read.findings().get(0).message()).contains("decodes to more than");
    }

    @Test
    void aPdfWhoseStreamsInflateToHundredsOfMegabytesIsNotOpened() {
        byte[] bomb = TestPdfs.deflatedZeros(300L * 1024 * 1024);

        ReadDocument read = reader.read(TestPdfs.withRawEmbeddedFile("attachment.bin", bomb, COSName.FLATE_DECODE));

        assertThat(read.format()).isEqualTo(DocumentFormat.PDF);
        assertThat(read.findings()).extracting(Finding::code).containsExactly(Findings.UNREADABLE_PDF);
        assertThat(read.findings().get(0).message()).contains("not searched for an embedded invoice");
    }

    @Test
    void aPdfWhoseEmbeddedInvoiceIsNotXmlIsAPlainPdfSayingSo() {
        ReadDocument read = reader.read(TestPdfs.withEmbeddedFile("factur-x.xml",
                utf8("Dear customer, please find your invoice attached.")));

        assertThat(read.format()).isEqualTo(DocumentFormat.PDF);
        assertThat(read.findings()).extracting(Finding::code)
                .containsExactly(Findings.EMBEDDED_INVOICE_UNREADABLE);
    }

    @Test
    void aPdfWhoseEmbeddedInvoiceHidesBehindAnExoticFilterIsNotDecoded() {
        ReadDocument read = reader.read(TestPdfs.withRawEmbeddedFile("factur-x.xml", new byte[]{(byte) 0x80, 0, 1},
                COSName.LZW_DECODE));

        assertThat(read.format()).isEqualTo(DocumentFormat.PDF);
        assertThat(read.findings()).extracting(Finding::code)
                .containsExactly(Findings.EMBEDDED_INVOICE_UNREADABLE);
        assertThat(read.findings().get(0).message()).contains("LZWDecode");
    }

    @Test
    void aTruncatedPdfIsFlaggedAsCutShort() {
        byte[] pdf = DocumentReaderTest.sample("zugferd/BASIC_Einfach_fx.pdf");

        ReadDocument read = reader.read(Arrays.copyOf(pdf, pdf.length / 2));

        assertThat(read.format()).isEqualTo(DocumentFormat.PDF);
        assertThat(read.findings()).extracting(Finding::code).contains(Findings.TRUNCATED);
    }

    @Test
    void aPdfWhoseNameTreeLoopsBackOnItselfEndsAsAPlainPdf() {
        byte[] pdf = TestPdfs.withNameTree((document, tree) -> {
            COSArray kids = new COSArray();
            kids.add(tree);
            tree.setItem(COSName.KIDS, kids);
        });

        ReadDocument read = reader.read(pdf);

        assertThat(read.format()).isEqualTo(DocumentFormat.PDF);
        assertThat(read.invoice()).isEmpty();
    }

    @Test
    void aPdfWithThousandsOfAttachmentsAndNoInvoiceEndsAsAPlainPdf() {
        byte[] pdf = TestPdfs.withNameTree((document, tree) -> {
            COSArray names = new COSArray();
            for (int i = 0; i < 5_000; i++) {
                String name = "attachment-" + i + ".txt";
                COSDictionary fileSpec = TestPdfs.fileSpec(document, name, utf8("x"), null);
                names.add(new COSString(name));
                names.add(fileSpec);
            }
            tree.setItem(COSName.NAMES, names);
        });

        ReadDocument read = reader.read(pdf);

        assertThat(read.format()).isEqualTo(DocumentFormat.PDF);
        assertThat(read.invoice()).isEmpty();
    }

    @Test
    void randomBytesAreUnrecognised() {
        byte[] noise = new byte[64 * 1024];
        new Random(7).nextBytes(noise);

        ReadDocument read = reader.read(noise);

        assertThat(read.format()).isEqualTo(DocumentFormat.UNKNOWN);
        assertThat(read.findings()).extracting(Finding::code).containsExactly(Findings.UNRECOGNISED);
    }

    @Test
    void randomBytesBehindAPdfHeaderAreAnUnreadablePdf() {
        byte[] noise = new byte[64 * 1024];
        new Random(11).nextBytes(noise);
        System.arraycopy(utf8("%PDF-1.7\n"), 0, noise, 0, 9);

        ReadDocument read = reader.read(noise);

        assertThat(read.format()).isEqualTo(DocumentFormat.PDF);
        assertThat(read.findings()).extracting(Finding::code).contains(Findings.UNREADABLE_PDF);
    }

    @Test
    void emptyInputIsSaidToBeEmpty() {
        assertThat(reader.read(new byte[0]).findings()).extracting(Finding::code).containsExactly(Findings.EMPTY);
        assertThat(reader.read(null).findings()).extracting(Finding::code).containsExactly(Findings.EMPTY);
    }

    /** A local port that records whether anyone connected, without ever answering. */
    private static ServerSocketChannel listener() throws IOException {
        ServerSocketChannel channel = ServerSocketChannel.open();
        channel.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
        channel.configureBlocking(false);
        return channel;
    }

    private static String url(ServerSocketChannel listener) throws IOException {
        return "http://127.0.0.1:" + ((InetSocketAddress) listener.getLocalAddress()).getPort();
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
