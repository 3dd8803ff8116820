package io.kontor.documents.api;

import io.kontor.documents.DocumentDetails;
import io.kontor.problem.InvalidInput;
import io.kontor.problem.Violation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class MetadataFieldsTest {

    @Test
    void aCompleteSetOfFieldsIsReadAndNormalised() {
        DocumentDetails details = MetadataFields.parse(complete());

        assertThat(details).isEqualTo(new DocumentDetails("INV-2026-001", LocalDate.of(2026, 1, 15),
                LocalDate.of(2026, 2, 14), "Acme NV", "BE0123456749", "EUR", new BigDecimal("100.00"),
                new BigDecimal("21.00"), new BigDecimal("121.00"), "paid by card"));
    }

    @Test
    void absentAndBlankFieldsAreUnknown() {
        Map<String, String> values = new HashMap<>();
        values.put("documentNumber", "  ");
        values.put("issueDate", null);
        values.put("currency", "");

        assertThat(MetadataFields.parse(values)).isEqualTo(DocumentDetails.NONE);
        assertThat(MetadataFields.parse(Map.of())).isEqualTo(DocumentDetails.NONE);
    }

    @Test
    void valuesAreTrimmedBeforeTheyAreRead() {
        DocumentDetails details = MetadataFields.parse(Map.of("issueDate", " 2026-01-15 ", "currency", " EUR ",
                "grossAmount", " 121.5 ", "counterpartyVat", " be 0123.456.749 "));

        assertThat(details.issueDate()).isEqualTo(LocalDate.of(2026, 1, 15));
        assertThat(details.currency()).isEqualTo("EUR");
        assertThat(details.grossAmount()).isEqualTo(new BigDecimal("121.50"));
        assertThat(details.counterpartyVat()).isEqualTo("BE0123456749");
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026-13-01", "2026-02-30", "15.01.2026", "2026/01/15", "2026-01-15T00:00:00Z", "today"})
    void aDateMustBeAnIsoDate(String date) {
        assertViolations(Map.of("issueDate", date), "issueDate");
        assertViolations(Map.of("dueDate", date), "dueDate");
    }

    @ParameterizedTest
    @ValueSource(strings = {"0123456749", "BE1", "BE0123456749012345", "BE01234/56749", "12BE0123456"})
    void aVatNumberNeedsItsPrefixAndAPlausibleLength(String vat) {
        assertViolations(Map.of("counterpartyVat", vat), "counterpartyVat");
    }

    @ParameterizedTest
    @ValueSource(strings = {"EURO", "eur", "Eur", "XYZ", "EU", "€", "E U R"})
    void aCurrencyMustBeAnIso4217Code(String currency) {
        assertViolations(Map.of("currency", currency), "currency");
    }

    @ParameterizedTest
    @ValueSource(strings = {"EUR", "USD", "CHF", "GBP", "PLN"})
    void knownCurrencyCodesAreAccepted(String currency) {
        assertThat(MetadataFields.parse(Map.of("currency", currency)).currency()).isEqualTo(currency);
    }

    @ParameterizedTest
    @ValueSource(strings = {"1.23456", "0.00001", "1234567890123456", "1000000000000000", "1E+15", "1E-5",
            "-1234567890123456.5"})
    void anAmountHasAtMost15DigitsBeforeAnd4AfterThePoint(String amount) {
        assertThat(violations(Map.of("grossAmount", amount)))
                .containsExactly(new Violation("grossAmount", "must have at most 15 digits before and 4 after the "
                        + "decimal point"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"1.2345", "1.23450000", "999999999999999", "999999999999999.9999",
            "-999999999999999.9999", "1E+14", "0", "+12.5"})
    void amountsWithinTheLimitsAreAccepted(String amount) {
        assertThat(MetadataFields.parse(Map.of("netAmount", amount)).netAmount())
                .isEqualByComparingTo(new BigDecimal(amount));
    }

    @ParameterizedTest
    @ValueSource(strings = {"1.234,56", "1,234.56", "121,00", "EUR 121", "12 345", "NaN", "Infinity", "0x10", "1e",
            "1E+2147483647", "1e1000000"})
    void anAmountIsWrittenWithAPointAndNoThousandsSeparators(String amount) {
        assertThat(violations(Map.of("taxAmount", amount))).containsExactly(new Violation("taxAmount",
                "must be a number like 1234.56 (a point, no thousands separators)"));
    }

    @Test
    void textsHaveAMaximumLength() {
        assertViolations(Map.of("documentNumber", "x".repeat(101)), "documentNumber");
        assertViolations(Map.of("counterpartyName", "x".repeat(201)), "counterpartyName");
        assertViolations(Map.of("note", "x".repeat(2001)), "note");

        DocumentDetails longest = MetadataFields.parse(Map.of("documentNumber", "x".repeat(100),
                "counterpartyName", "y".repeat(200), "note", " " + "z".repeat(2000) + " "));
        assertThat(longest.documentNumber()).hasSize(100);
        assertThat(longest.counterpartyName()).hasSize(200);
        assertThat(longest.note()).hasSize(2000);
    }

    @Test
    void theDueDateMayNotComeBeforeTheIssueDate() {
        assertThat(violations(Map.of("issueDate", "2026-01-15", "dueDate", "2026-01-14")))
                .containsExactly(new Violation("dueDate", "must not be before issueDate"));
        assertThat(MetadataFields.parse(Map.of("issueDate", "2026-01-15", "dueDate", "2026-01-15")).dueDate())
                .isEqualTo(LocalDate.of(2026, 1, 15));
        assertThat(MetadataFields.parse(Map.of("dueDate", "2020-01-01")).dueDate())
                .isEqualTo(LocalDate.of(2020, 1, 1));
    }

    @Test
    void unknownFieldNamesAreRefusedInAlphabeticalOrder() {
        Map<String, String> values = new HashMap<>(complete());
        values.put("total", "121.00");
        values.put("amount", "1");
        values.put("IssueDate", "2026-01-15");

        InvalidInput invalid = invalid(values);

        assertThat(invalid.violations()).extracting(Violation::field).containsExactly("IssueDate", "amount",
                "total");
        assertThat(invalid.violations().get(0).message()).contains("not a metadata field")
                .contains(String.join(", ", MetadataFields.NAMES));
    }

    @Test
    void everyViolationIsReportedAtOnce() {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("documentNumber", "x".repeat(101));
        values.put("issueDate", "2026-02-30");
        values.put("counterpartyVat", "123");
        values.put("currency", "EURO");
        values.put("netAmount", "1.23456");
        values.put("grossAmount", "1.234,56");
        values.put("colour", "red");

        InvalidInput invalid = invalid(values);

        assertThat(invalid.status()).isEqualTo(422);
        assertThat(invalid.violations()).extracting(Violation::field).containsExactly("documentNumber", "issueDate",
                "counterpartyVat", "currency", "netAmount", "grossAmount", "colour");
        assertThat(invalid.getMessage()).contains("documentNumber, issueDate, counterpartyVat, currency, netAmount, "
                + "grossAmount, colour");
    }

    @Test
    void anInvalidIssueDateDoesNotAlsoComplainAboutTheDueDate() {
        assertThat(violations(Map.of("issueDate", "2026-02-30", "dueDate", "2026-01-01")))
                .extracting(Violation::field).containsExactly("issueDate");
    }

    @Test
    void detailsWrittenAsTextAreReadBackUnchanged() {
        DocumentDetails details = MetadataFields.parse(complete());

        Map<String, String> text = MetadataFields.asText(details);

        assertThat(text).containsEntry("netAmount", "100.00").containsEntry("issueDate", "2026-01-15");
        assertThat(text.keySet()).containsExactlyElementsOf(MetadataFields.NAMES);
        assertThat(MetadataFields.parse(text)).isEqualTo(details);
        assertThat(MetadataFields.asText(DocumentDetails.NONE)).isEmpty();
    }

    @Test
    void aTinyAmountIsWrittenWithoutAnExponent() {
        DocumentDetails details = MetadataFields.parse(Map.of("taxAmount", "0.0001"));

        assertThat(MetadataFields.asText(details)).containsEntry("taxAmount", "0.0001");
        assertThat(MetadataFields.parse(MetadataFields.asText(details))).isEqualTo(details);
    }

    private static Map<String, String> complete() {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("documentNumber", " INV-2026-001 ");
        values.put("issueDate", "2026-01-15");
        values.put("dueDate", "2026-02-14");
        values.put("counterpartyName", "Acme NV");
        values.put("counterpartyVat", "BE 0123.456.749");
        values.put("currency", "EUR");
        values.put("netAmount", "100");
        values.put("taxAmount", "21.0");
        values.put("grossAmount", "121.000");
        values.put("note", "paid by card");
        return values;
    }

    private static void assertViolations(Map<String, String> values, String... fields) {
        assertThat(violations(values)).extracting(Violation::field).containsExactly(fields);
    }

    private static List<Violation> violations(Map<String, String> values) {
        return invalid(values).violations();
    }

    private static InvalidInput invalid(Map<String, String> values) {
        InvalidInput invalid = catchThrowableOfType(InvalidInput.class, () -> MetadataFields.parse(values));
        assertThat(invalid).as("parse(%s) should be refused", values).isNotNull();
        assertThat(invalid.status()).isEqualTo(422);
        return invalid;
    }
}
