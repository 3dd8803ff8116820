package io.kontor.documents;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.math.BigDecimal;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class DocumentDetailsTest {

    private static final LocalDate ISSUED = LocalDate.of(2026, 1, 15);

    @ParameterizedTest
    @ValueSource(strings = {"121", "121.0", "121.00", "121.000", "1.21E+2"})
    void wholeAndShortAmountsAreKeptWithCents(String amount) {
        DocumentDetails details = amounts(new BigDecimal(amount));

        assertThat(details.netAmount()).isEqualTo(new BigDecimal("121.00"));
        assertThat(details.netAmount().scale()).isEqualTo(2);
        assertThat(details.taxAmount()).isEqualTo(new BigDecimal("121.00"));
        assertThat(details.grossAmount()).isEqualTo(new BigDecimal("121.00"));
    }

    @Test
    void anAmountInExponentFormGetsCentsAndNoExponent() {
        BigDecimal hundred = amounts(new BigDecimal("1E+2")).grossAmount();

        assertThat(hundred.scale()).isEqualTo(2);
        assertThat(hundred.toString()).isEqualTo("100.00");
    }

    @Test
    void finerAmountsKeepTheirDecimalsButNotTheirTrailingZeros() {
        assertThat(amounts(new BigDecimal("0.1234")).grossAmount()).isEqualTo(new BigDecimal("0.1234"));
        assertThat(amounts(new BigDecimal("0.12340")).grossAmount()).isEqualTo(new BigDecimal("0.1234"));
        assertThat(amounts(new BigDecimal("121.1")).grossAmount()).isEqualTo(new BigDecimal("121.10"));
        assertThat(amounts(new BigDecimal("121.125")).grossAmount()).isEqualTo(new BigDecimal("121.125"));
    }

    @Test
    void zeroAndNegativeAmountsAreNormalisedToo() {
        assertThat(amounts(new BigDecimal("0.0000")).grossAmount()).isEqualTo(new BigDecimal("0.00"));
        assertThat(amounts(new BigDecimal("-50")).grossAmount()).isEqualTo(new BigDecimal("-50.00"));
    }

    @Test
    void absentAmountsStayAbsent() {
        assertThat(amounts(null)).isEqualTo(DocumentDetails.NONE);
    }

    @Test
    void blankTextIsAbsentAndTextIsTrimmed() {
        DocumentDetails details = new DocumentDetails("  ", ISSUED, null, "\t\n", " ", "", null, null, null, "   ");

        assertThat(details).isEqualTo(new DocumentDetails(null, ISSUED, null, null, null, null, null, null, null,
                null));

        DocumentDetails padded = new DocumentDetails(" INV-1 ", null, null, "  Bakkerij BV ", null, " EUR ", null,
                null, null, "  paid by card\n");
        assertThat(padded.documentNumber()).isEqualTo("INV-1");
        assertThat(padded.counterpartyName()).isEqualTo("Bakkerij BV");
        assertThat(padded.currency()).isEqualTo("EUR");
        assertThat(padded.note()).isEqualTo("paid by card");
    }

    @Test
    void theCounterpartyVatNumberIsKeptInCompactForm() {
        assertThat(vat("be 0123.456.749").counterpartyVat()).isEqualTo("BE0123456749");
        assertThat(vat("nl 1234-5678-9b01").counterpartyVat()).isEqualTo("NL123456789B01");
        assertThat(vat("BE0123456749").counterpartyVat()).isEqualTo("BE0123456749");
        assertThat(vat("   ").counterpartyVat()).isNull();
        assertThat(vat(null).counterpartyVat()).isNull();
    }

    @Test
    void equalDetailsChangeNoFields() {
        DocumentDetails details = invoice("BE0123456749", "Acme NV", "INV-1", "121.00");

        assertThat(details.fieldsChangedIn(invoice("BE0123456749", "Acme NV", "INV-1", "121.00"))).isEmpty();
        assertThat(DocumentDetails.NONE.fieldsChangedIn(DocumentDetails.NONE)).isEmpty();
    }

    @Test
    void theSameAmountWrittenDifferentlyIsNoChange() {
        DocumentDetails before = invoice("BE0123456749", "Acme NV", "INV-1", "121");

        assertThat(before.fieldsChangedIn(invoice("BE0123456749", "Acme NV", "INV-1", "121.00"))).isEmpty();
        assertThat(before.fieldsChangedIn(invoice("be 0123.456.749", " Acme NV ", "INV-1 ", "121.0"))).isEmpty();
    }

    @Test
    void changedFieldsAreNamedInDeclarationOrder() {
        DocumentDetails before = new DocumentDetails("INV-1", ISSUED, ISSUED.plusDays(30), "Acme NV", "BE0123456749",
                "EUR", new BigDecimal("100"), new BigDecimal("21"), new BigDecimal("121"), "first");
        DocumentDetails after = new DocumentDetails("INV-2", ISSUED.plusDays(1), ISSUED.plusDays(31), "Acme BV",
                "NL123456789B01", "USD", new BigDecimal("200"), new BigDecimal("42"), new BigDecimal("242"), "second");

        assertThat(before.fieldsChangedIn(after)).containsExactly("documentNumber", "issueDate", "dueDate",
                "counterpartyName", "counterpartyVat", "currency", "netAmount", "taxAmount", "grossAmount", "note");
        assertThat(after.fieldsChangedIn(before)).containsExactly("documentNumber", "issueDate", "dueDate",
                "counterpartyName", "counterpartyVat", "currency", "netAmount", "taxAmount", "grossAmount", "note");
    }

    @Test
    void settingAndClearingAFieldBothCountAsAChange() {
        DocumentDetails withNote = new DocumentDetails(null, null, null, null, null, null, null, null,
                new BigDecimal("5"), "note");

        assertThat(DocumentDetails.NONE.fieldsChangedIn(withNote)).containsExactly("grossAmount", "note");
        assertThat(withNote.fieldsChangedIn(DocumentDetails.NONE)).containsExactly("grossAmount", "note");
    }

    @Test
    void textIsComparedExactlyForChanges() {
        DocumentDetails before = invoice("BE0123456749", "Acme NV", "INV-1", "121.00");

        assertThat(before.fieldsChangedIn(invoice("BE0123456749", "ACME NV", "inv-1", "121.00")))
                .containsExactly("documentNumber", "counterpartyName");
    }

    @Test
    void theSameNumberAmountAndVatNumberDescribeTheSameDocument() {
        DocumentDetails first = invoice("BE0123456749", "Acme NV", "INV-2026-001", "121.00");

        assertThat(first.describesSameDocumentAs(invoice("BE 0123.456.749", "Acme Belgium", "inv-2026-001", "121")))
                .isTrue();
        assertThat(first.describesSameDocumentAs(first)).isTrue();
    }

    @Test
    void differentVatNumbersAreDifferentCounterpartiesWhateverTheirNames() {
        DocumentDetails first = invoice("BE0123456749", "Acme NV", "INV-1", "121.00");

        assertThat(first.describesSameDocumentAs(invoice("NL123456789B01", "Acme NV", "INV-1", "121.00"))).isFalse();
    }

    @Test
    void withoutAVatNumberOnEitherSideTheNamesDecideIgnoringCase() {
        DocumentDetails withVat = invoice("BE0123456749", "Acme NV", "INV-1", "121.00");
        DocumentDetails nameOnly = invoice(null, "ACME nv", "INV-1", "121.00");

        assertThat(withVat.describesSameDocumentAs(nameOnly)).isTrue();
        assertThat(nameOnly.describesSameDocumentAs(withVat)).isTrue();
        assertThat(nameOnly.describesSameDocumentAs(invoice(null, "acme NV", "inv-1", "121"))).isTrue();
        assertThat(nameOnly.describesSameDocumentAs(invoice(null, "Acme BV", "INV-1", "121.00"))).isFalse();
    }

    @Test
    void aVatNumberAloneCannotBeMatchedAgainstANameAlone() {
        DocumentDetails vatOnly = invoice("BE0123456749", null, "INV-1", "121.00");
        DocumentDetails nameOnly = invoice(null, "Acme NV", "INV-1", "121.00");

        assertThat(vatOnly.describesSameDocumentAs(nameOnly)).isFalse();
        assertThat(nameOnly.describesSameDocumentAs(vatOnly)).isFalse();
    }

    @Test
    void aDifferentAmountOrNumberIsAnotherDocument() {
        DocumentDetails first = invoice("BE0123456749", "Acme NV", "INV-1", "121.00");

        assertThat(first.describesSameDocumentAs(invoice("BE0123456749", "Acme NV", "INV-1", "121.01"))).isFalse();
        assertThat(first.describesSameDocumentAs(invoice("BE0123456749", "Acme NV", "INV-2", "121.00"))).isFalse();
        assertThat(first.describesSameDocumentAs(invoice("BE0123456749", "Acme NV", "INV-1", "-121.00"))).isFalse();
    }

    @Test
    void withoutNumberAmountOrCounterpartyNothingCanBeSaid() {
        DocumentDetails complete = invoice("BE0123456749", "Acme NV", "INV-1", "121.00");

        for (DocumentDetails incomplete : new DocumentDetails[]{
                invoice("BE0123456749", "Acme NV", null, "121.00"),
                invoice("BE0123456749", "Acme NV", "INV-1", null),
                invoice(null, null, "INV-1", "121.00"),
                invoice("BE0123456749", "Acme NV", " ", "121.00")}) {
            assertThat(incomplete.describesSameDocumentAs(incomplete)).as("%s vs itself", incomplete).isFalse();
            assertThat(incomplete.describesSameDocumentAs(complete)).as("%s vs complete", incomplete).isFalse();
            assertThat(complete.describesSameDocumentAs(incomplete)).as("complete vs %s", incomplete).isFalse();
        }
        assertThat(DocumentDetails.NONE.describesSameDocumentAs(DocumentDetails.NONE)).isFalse();
    }

    private static DocumentDetails amounts(BigDecimal amount) {
        return new DocumentDetails(null, null, null, null, null, null, amount, amount, amount, null);
    }

    private static DocumentDetails vat(String vat) {
        return new DocumentDetails(null, null, null, null, vat, null, null, null, null, null);
    }

    private static DocumentDetails invoice(String vat, String name, String number, String gross) {
        return new DocumentDetails(number, ISSUED, null, name, vat, "EUR", null, null,
                gross == null ? null : new BigDecimal(gross), null);
    }
}
