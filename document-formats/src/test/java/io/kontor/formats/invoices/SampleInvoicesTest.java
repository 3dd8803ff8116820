package io.kontor.formats.invoices;

import io.kontor.formats.DocumentFormat;
import io.kontor.formats.DocumentReader;
import io.kontor.formats.InvoiceFacts;
import io.kontor.formats.ReadDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

import static io.kontor.formats.DocumentFormat.CII_INVOICE;
import static io.kontor.formats.DocumentFormat.HYBRID_PDF_INVOICE;
import static io.kontor.formats.DocumentFormat.UBL_CREDIT_NOTE;
import static io.kontor.formats.DocumentFormat.UBL_INVOICE;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every e-invoice in the sample corpus, with what it says as read from the file itself (for the PDFs: from the
 * embedded XML). The values were typed from the files, not produced by the readers.
 */
class SampleInvoicesTest {

    private static final String SELLER_PEPPOL = "SupplierOfficialName Ltd";
    private static final String BUYER_PEPPOL = "Buyer Official Name";
    private static final String SELLER_KOSIT = "[Seller name]";
    private static final String BUYER_KOSIT = "[Buyer name]";

    /** One row per file: what the reader must find. Null where the file does not carry the fact. */
    record Expected(String file, DocumentFormat format, boolean creditNote, String number, String issueDate,
                    String dueDate, String sellerName, String sellerVat, String buyerName, String buyerVat,
                    String buyerReference, String currency, String net, String tax, String gross) {

        @Override
        public String toString() {
            return file;
        }
    }

    static final List<Expected> SAMPLES = List.of(
            // Peppol BIS Billing 3.0 (OpenPEPPOL examples)
            new Expected("peppol/Allowance-example.xml", UBL_INVOICE, false, "Snippet1", "2017-11-13", "2017-12-01",
                    SELLER_PEPPOL, "GB1232434", BUYER_PEPPOL, "SE4598375937", "0150abc", "EUR",
                    "5900", "1225.00", "7125"),
            new Expected("peppol/Vat-category-S.xml", UBL_INVOICE, false, "Snippet1", "2017-11-13", "2017-12-01",
                    SELLER_PEPPOL, "GB1232434", BUYER_PEPPOL, "SE4598375937", "0150abc", "EUR",
                    "7000", "1550.00", "8550"),
            new Expected("peppol/base-creditnote-correction.xml", UBL_CREDIT_NOTE, true, "Snippet1", "2017-11-13",
                    null, SELLER_PEPPOL, "GB1232434", BUYER_PEPPOL, "SE4598375937", "0150abc", "EUR",
                    "1325", "331.25", "1656.25"),
            new Expected("peppol/base-example.xml", UBL_INVOICE, false, "Snippet1", "2017-11-13", "2017-12-01",
                    SELLER_PEPPOL, "GB1232434", BUYER_PEPPOL, "SE4598375937", "0150abc", "EUR",
                    "1325", "331.25", "1656.25"),
            new Expected("peppol/base-negative-inv-correction.xml", UBL_INVOICE, false, "Correction1", "2017-11-13",
                    "2017-12-01", SELLER_PEPPOL, "GB1232434", BUYER_PEPPOL, "SE4598375937", "0150abc", "EUR",
                    "-1325", "-331.25", "-1656.25"),
            new Expected("peppol/vat-category-E.xml", UBL_INVOICE, false, "Vat-Z", "2018-08-30", null,
                    "The Sellercompany Incorporated", "GB928741974", "The Buyercompany", null, "test reference", "GBP",
                    "1200.00", "0.00", "1200.00"),

            // XRechnung business cases (KoSIT), each in UBL and in CII
            new Expected("xrechnung/01.01a-INVOICE_ubl.xml", UBL_INVOICE, false, "123456XX", "2016-04-04", null,
                    SELLER_KOSIT, "DE 123456789", BUYER_KOSIT, null, "04011000-12345-03", "EUR",
                    "314.86", "22.04", "336.9"),
            new Expected("xrechnung/01.01a-INVOICE_uncefact.xml", CII_INVOICE, false, "123456XX", "2016-04-04", null,
                    SELLER_KOSIT, "DE 123456789", BUYER_KOSIT, null, "04011000-12345-03", "EUR",
                    "314.86", "22.04", "336.9"),
            new Expected("xrechnung/01.02a-INVOICE_ubl.xml", UBL_INVOICE, false, "123456", "2016-06-21", null,
                    SELLER_KOSIT, "DE123456789", BUYER_KOSIT, null, "04011000-12346-97", "EUR",
                    "11.78", "0.82", "12.6"),
            new Expected("xrechnung/01.02a-INVOICE_uncefact.xml", CII_INVOICE, false, "123456", "2016-06-21", null,
                    SELLER_KOSIT, "DE123456789", BUYER_KOSIT, null, "04011000-12346-97", "EUR",
                    "11.78", "0.82", "12.6"),
            new Expected("xrechnung/01.03a-INVOICE_ubl.xml", UBL_INVOICE, false, "RR123456", "2016-06-24", null,
                    SELLER_KOSIT, "DE123456789", BUYER_KOSIT, null, "04011000-12347-94", "EUR",
                    "170.28", "11.92", "182.2"),
            new Expected("xrechnung/01.03a-INVOICE_uncefact.xml", CII_INVOICE, false, "RR123456", "2016-06-24", null,
                    SELLER_KOSIT, "DE123456789", BUYER_KOSIT, null, "04011000-12347-94", "EUR",
                    "170.28", "11.92", "182.2"),
            // 01.04a: the seller has only a German tax number (scheme "???" / "FC"), no VAT id.
            new Expected("xrechnung/01.04a-INVOICE_ubl.xml", UBL_INVOICE, false, "1234/78/901", "2016-06-16", null,
                    SELLER_KOSIT, null, BUYER_KOSIT, null, "04011000-12348-91", "EUR",
                    "120", "0", "120"),
            new Expected("xrechnung/01.04a-INVOICE_uncefact.xml", CII_INVOICE, false, "1234/78/901", "2016-06-16",
                    null, SELLER_KOSIT, null, BUYER_KOSIT, null, "04011000-12348-91", "EUR",
                    "120", "0", "120"),
            new Expected("xrechnung/01.05a-INVOICE_ubl.xml", UBL_INVOICE, false, "PRG1502112", "2015-04-24", null,
                    SELLER_KOSIT, "DE123456789", BUYER_KOSIT, null, "99000000-18188-18", "EUR",
                    "8870", "1685.3", "10555.3"),
            new Expected("xrechnung/01.05a-INVOICE_uncefact.xml", CII_INVOICE, false, "PRG1502112", "2015-04-24",
                    null, SELLER_KOSIT, "DE123456789", BUYER_KOSIT, null, "99000000-18188-18", "EUR",
                    "8870", "1685.3", "10555.3"),
            new Expected("xrechnung/01.06a-INVOICE_ubl.xml", UBL_INVOICE, false, "R123456789", "2016-07-06", null,
                    SELLER_KOSIT, "DE123456789", BUYER_KOSIT, null, "99000000-01944-98", "EUR",
                    "18236.72", "3464.98", "21701.7"),
            new Expected("xrechnung/01.06a-INVOICE_uncefact.xml", CII_INVOICE, false, "R123456789", "2016-07-06",
                    null, SELLER_KOSIT, "DE123456789", BUYER_KOSIT, null, "99000000-01944-98", "EUR",
                    "18236.72", "3464.98", "21701.7"),
            new Expected("xrechnung/01.07a-INVOICE_ubl.xml", UBL_INVOICE, false, "R1234567", "2016-06-30",
                    "2016-08-14", SELLER_KOSIT, "DE123456789", BUYER_KOSIT, "DE123456789", "99000000-05676-98", "EUR",
                    "38", "7.22", "45.22"),
            new Expected("xrechnung/01.07a-INVOICE_uncefact.xml", CII_INVOICE, false, "R1234567", "2016-06-30",
                    "2016-08-14", SELLER_KOSIT, "DE123456789", BUYER_KOSIT, "DE123456789", "99000000-05676-98", "EUR",
                    "38", "7.22", "45.22"),
            new Expected("xrechnung/01.08a-INVOICE_ubl.xml", UBL_INVOICE, false, "R123456789", "2016-01-18",
                    "2016-02-01", SELLER_KOSIT, "DE123456789", BUYER_KOSIT, null, "04011000-12349-88", "EUR",
                    "2374.68", "451.19", "2825.87"),
            new Expected("xrechnung/01.08a-INVOICE_uncefact.xml", CII_INVOICE, false, "R123456789", "2016-01-18",
                    "2016-02-01", SELLER_KOSIT, "DE123456789", BUYER_KOSIT, null, "04011000-12349-88", "EUR",
                    "2374.68", "451.19", "2825.87"),
            new Expected("xrechnung/01.09a-INVOICE_ubl.xml", UBL_INVOICE, false, "R123456", "2016-04-06",
                    "2016-04-20", SELLER_KOSIT, "DE123456789", BUYER_KOSIT, null, "04011000-12350-85", "EUR",
                    "6048", "1149.12", "7197.12"),
            new Expected("xrechnung/01.09a-INVOICE_uncefact.xml", CII_INVOICE, false, "R123456", "2016-04-06",
                    "2016-04-20", SELLER_KOSIT, "DE123456789", BUYER_KOSIT, null, "04011000-12350-85", "EUR",
                    "6048", "1149.12", "7197.12"),
            new Expected("xrechnung/01.10a-INVOICE_ubl.xml", UBL_INVOICE, false, "Rechnungsnummer", "2016-06-27",
                    null, SELLER_KOSIT, "DE123456789", BUYER_KOSIT, null, "04011000-12350-85", "EUR",
                    "2180", "414.2", "2594.2"),
            new Expected("xrechnung/01.10a-INVOICE_uncefact.xml", CII_INVOICE, false, "Rechnungsnummer", "2016-06-27",
                    null, SELLER_KOSIT, "DE123456789", BUYER_KOSIT, null, "04011000-12350-85", "EUR",
                    "2180", "414.2", "2594.2"),

            // Hybrid PDFs: Factur-X/ZUGFeRD in every profile the corpus has
            new Expected("zugferd/BASIC_Einfach_fx.pdf", HYBRID_PDF_INVOICE, false, "471102", "2020-03-05",
                    "2020-04-04", "Lieferant GmbH", "DE123456789", "Kunden AG Mitte", null, null, "EUR",
                    "198.00", "37.62", "235.62"),
            new Expected("zugferd/EN16931_Einfach.pdf", HYBRID_PDF_INVOICE, false, "471102", "2024-11-15", null,
                    "Lieferant GmbH", "DE123456789", "Kunden AG Mitte", null, null, "EUR",
                    "473.00", "56.87", "529.87"),
            // ZUGFeRD 2.0 EXTENDED, embedded as zugferd-invoice.xml
            new Expected("zugferd/ZTESTZUGFERD_1_INVDSS_012015738820PDF-1.pdf", HYBRID_PDF_INVOICE, false,
                    "2015738820", "2024-11-01", null, "Alphabet Fuhrparkmanagement GmbH", "DE238574172",
                    "Muster GmbH", null, null, "EUR", "376.37", "71.51", "447.88"),
            // MINIMUM: DuePayableAmount 100.00 differs from GrandTotalAmount 110.00 — the gross is the grand total.
            new Expected("zugferd/pdf_fx_minimum_1.pdf", HYBRID_PDF_INVOICE, false, "F20220027", "2022-01-31", null,
                    "LE FOURNISSEUR", "FR11123456782", "LE CLIENT", null, "SERVEXEC", "EUR",
                    "100.00", "10.00", "110.00"),
            // BASIC WL: a French "avoir" with type code 380 and negative totals — by its type code, an invoice.
            new Expected("zugferd/validAvoir_FR_type380_BASICWL.pdf", HYBRID_PDF_INVOICE, false, "AV-2017-0005",
                    "2017-11-16", "2017-11-16", "Au bon moulin", "FR11999999998", "Ma jolie boutique", "FR19787878784",
                    null, "EUR", "-218.48", "-14.99", "-233.47"),
            new Expected("zugferd/validXRechnung.pdf", HYBRID_PDF_INVOICE, false, "RE-20190610/507", "2019-06-10",
                    "2019-07-01", "Bei Spiel GmbH", "DE136695976", "Theodor Est", "DE999999999", "AB321", "EUR",
                    "496.00", "75.04", "571.04"),
            // ZUGFeRD 1.0 BASIC (CrossIndustryDocument), embedded as ZUGFeRD-invoice.xml
            new Expected("zugferd/zugferd_invoice.pdf", HYBRID_PDF_INVOICE, false, "2014-03", "2014-07-11", null,
                    "Kraxi GmbH", "DE123456789", "Papierflieger-Vertriebs-GmbH", null, null, "EUR",
                    "845.00", "160.55", "1005.55"));

    private final DocumentReader reader = new DocumentReader();

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void everySampleIsReadWithTheFactsItCarries(Expected expected) {
        ReadDocument read = reader.read(sample(expected.file()));

        assertThat(read.format()).isEqualTo(expected.format());
        assertThat(read.findings()).isEmpty();
        assertThat(read.invoice()).isPresent();
        InvoiceFacts invoice = read.invoice().orElseThrow();
        assertThat(invoice.creditNote()).as("credit note").isEqualTo(expected.creditNote());
        assertThat(invoice.invoiceNumber()).as("number").isEqualTo(expected.number());
        assertThat(invoice.issueDate()).as("issue date").isEqualTo(date(expected.issueDate()));
        assertThat(invoice.dueDate()).as("due date").isEqualTo(date(expected.dueDate()));
        assertThat(invoice.seller().name()).as("seller name").isEqualTo(expected.sellerName());
        assertThat(invoice.seller().vatId()).as("seller VAT id").isEqualTo(expected.sellerVat());
        assertThat(invoice.buyer().name()).as("buyer name").isEqualTo(expected.buyerName());
        assertThat(invoice.buyer().vatId()).as("buyer VAT id").isEqualTo(expected.buyerVat());
        assertThat(invoice.buyerReference()).as("buyer reference").isEqualTo(expected.buyerReference());
        assertThat(invoice.currency()).as("currency").isEqualTo(expected.currency());
        assertThat(invoice.netTotal()).as("net").isEqualByComparingTo(new BigDecimal(expected.net()));
        assertThat(invoice.taxTotal()).as("tax").isEqualByComparingTo(new BigDecimal(expected.tax()));
        assertThat(invoice.grossTotal()).as("gross").isEqualByComparingTo(new BigDecimal(expected.gross()));
    }

    @Test
    void theTableCoversEveryInvoiceFileInTheCorpus() throws IOException {
        assertThat(SAMPLES).extracting(Expected::file).containsExactlyInAnyOrderElementsOf(corpusFiles());
    }

    static Stream<Expected> samples() {
        return SAMPLES.stream();
    }

    /** Every .xml and .pdf under the invoice sample folders (bank statements have their own test). */
    static List<String> corpusFiles() throws IOException {
        Path root = samplesRoot();
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(Files::isRegularFile)
                    .filter(path -> !root.relativize(path).startsWith("statements"))
                    .filter(path -> path.toString().endsWith(".xml") || path.toString().endsWith(".pdf"))
                    .map(path -> root.relativize(path).toString().replace('\\', '/')).sorted().toList();
        }
    }

    static byte[] sample(String file) {
        try (InputStream in = SampleInvoicesTest.class.getResourceAsStream("/samples/" + file)) {
            assertThat(in).as(file).isNotNull();
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path samplesRoot() {
        try {
            return Path.of(SampleInvoicesTest.class.getResource("/samples").toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static LocalDate date(String isoDate) {
        return isoDate == null ? null : LocalDate.parse(isoDate);
    }
}
