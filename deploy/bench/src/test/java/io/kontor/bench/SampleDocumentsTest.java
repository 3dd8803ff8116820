package io.kontor.bench;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class SampleDocumentsTest {

    @Test
    void pdfCopiesAreValidTenKilobytePdfsCarryingTheirSerial() throws Exception {
        SampleDocuments pdf = SampleDocuments.pdf();

        assertThat(pdf.size()).isBetween(9_000, 12_000);
        try (PDDocument document = Loader.loadPDF(pdf.copy(42))) {
            assertThat(new PDFTextStripper().getText(document)).contains("receipt 00000000000000000042");
        }
        assertThat(pdf.copy(1)).isNotEqualTo(pdf.copy(2));
    }

    @Test
    void xrechnungCopiesCarryTheSerialAsInvoiceNumber() throws Exception {
        SampleDocuments xml = SampleDocuments.xrechnung(
                Path.of("../../document-formats/src/test/resources/samples/xrechnung/01.01a-INVOICE_ubl.xml"));

        String copy = new String(xml.copy(7), StandardCharsets.UTF_8);

        assertThat(copy).contains("<cbc:ID>BENCH-00000000000000000007</cbc:ID>").doesNotContain("123456XX");
    }
}
