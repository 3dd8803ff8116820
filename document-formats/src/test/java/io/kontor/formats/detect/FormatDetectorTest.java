package io.kontor.formats.detect;

import io.kontor.formats.DocumentFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

class FormatDetectorTest {

    private static final String UBL_INVOICE = """
            <Invoice xmlns="urn:oasis:names:specification:ubl:schema:xsd:Invoice-2"><ID>1</ID></Invoice>""";

    @Test
    void aPdfIsKnownByItsHeader() {
        assertThat(detect("%PDF-1.7\n%âãÏÓ\n1 0 obj")).isEqualTo(DocumentFormat.PDF);
    }

    @Test
    void aPdfHeaderAfterSomeJunkStillMakesAPdf() {
        assertThat(detect("garbage from a mail gateway\r\n%PDF-1.4\n")).isEqualTo(DocumentFormat.PDF);
    }

    @Test
    void pngJpegTiffAndHeicAreImages() {
        assertThat(FormatDetector.detect(new byte[]{(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0}))
                .isEqualTo(DocumentFormat.IMAGE);
        assertThat(FormatDetector.detect(new byte[]{(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0}))
                .isEqualTo(DocumentFormat.IMAGE);
        assertThat(FormatDetector.detect(new byte[]{'I', 'I', 42, 0, 8, 0})).isEqualTo(DocumentFormat.IMAGE);
        assertThat(FormatDetector.detect(new byte[]{'M', 'M', 0, 42, 0, 8})).isEqualTo(DocumentFormat.IMAGE);
        assertThat(FormatDetector.detect(new byte[]{0, 0, 0, 24, 'f', 't', 'y', 'p', 'h', 'e', 'i', 'c', 0, 0}))
                .isEqualTo(DocumentFormat.IMAGE);
    }

    @Test
    void anMp4IsNoImageThoughItIsAnIsoBoxFileToo() {
        assertThat(FormatDetector.detect(new byte[]{0, 0, 0, 24, 'f', 't', 'y', 'p', 'i', 's', 'o', 'm', 0, 0}))
                .isEqualTo(DocumentFormat.UNKNOWN);
    }

    @Test
    void aUblInvoiceIsKnownByItsRootElement() {
        assertThat(detect(UBL_INVOICE)).isEqualTo(DocumentFormat.UBL_INVOICE);
    }

    @Test
    void aByteOrderMarkBlankLinesAndAnXmlDeclarationDoNotHideTheRoot() {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] rest = ("\n\n  \t<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!-- sent by an ERP -->\n" + UBL_INVOICE)
                .getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[bom.length + rest.length];
        System.arraycopy(bom, 0, bytes, 0, bom.length);
        System.arraycopy(rest, 0, bytes, bom.length, rest.length);

        assertThat(FormatDetector.detect(bytes)).isEqualTo(DocumentFormat.UBL_INVOICE);
    }

    @Test
    void aUblCreditNoteIsKnownByItsRootElement() {
        assertThat(detect("""
                <?xml version="1.0"?><cn:CreditNote
                    xmlns:cn="urn:oasis:names:specification:ubl:schema:xsd:CreditNote-2"/>"""))
                .isEqualTo(DocumentFormat.UBL_CREDIT_NOTE);
    }

    @Test
    void ciiAndZugferdOneAreCrossIndustryInvoices() {
        assertThat(detect("""
                <rsm:CrossIndustryInvoice
                    xmlns:rsm="urn:un:unece:uncefact:data:standard:CrossIndustryInvoice:100"/>"""))
                .isEqualTo(DocumentFormat.CII_INVOICE);
        assertThat(detect("""
                <rsm:CrossIndustryDocument xmlns:rsm="urn:ferd:CrossIndustryDocument:invoice:1p0"/>"""))
                .isEqualTo(DocumentFormat.CII_INVOICE);
    }

    @ParameterizedTest
    @ValueSource(strings = {"02", "04", "08"})
    void camt053InEveryVersionIsAStatement(String version) {
        assertThat(detect("<Document xmlns=\"urn:iso:std:iso:20022:tech:xsd:camt.053.001." + version
                + "\"><BkToCstmrStmt/></Document>")).isEqualTo(DocumentFormat.CAMT053);
    }

    @Test
    void anInvoiceElementInAnotherNamespaceIsJustXml() {
        assertThat(detect("<Invoice xmlns=\"urn:example:not-ubl\"/>")).isEqualTo(DocumentFormat.OTHER_XML);
        assertThat(detect("<Document xmlns=\"urn:iso:std:iso:20022:tech:xsd:camt.054.001.08\"/>"))
                .isEqualTo(DocumentFormat.OTHER_XML);
    }

    @Test
    void codaIsKnownByItsHeaderRecordAndRecordLength() {
        String header = "0" + "0".repeat(4) + "31031520005" + " ".repeat(112);
        String movement = "1" + " ".repeat(127);

        assertThat(detect(header + "\n" + movement + "\n")).isEqualTo(DocumentFormat.CODA);
        assertThat(detect(header + "\r\n" + movement + "\r\n")).isEqualTo(DocumentFormat.CODA);
    }

    @Test
    void aTextStartingWithZeroIsNoCoda() {
        assertThat(detect("0 items in your basket\n" + "x".repeat(200))).isEqualTo(DocumentFormat.UNKNOWN);
    }

    @Test
    void somethingThatStartsLikeXmlButIsNotIsUnknown() {
        assertThat(detect("<<<< not xml")).isEqualTo(DocumentFormat.UNKNOWN);
    }

    private static DocumentFormat detect(String content) {
        return FormatDetector.detect(content.getBytes(StandardCharsets.UTF_8));
    }
}
