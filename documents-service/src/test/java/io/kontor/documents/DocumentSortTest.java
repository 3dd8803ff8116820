package io.kontor.documents;

import io.kontor.events.documents.DocumentType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class DocumentSortTest {

    private static final Instant CREATED = Instant.parse("2026-01-15T09:30:00.123456Z");

    @ParameterizedTest
    @CsvSource({
            "-createdAt, CREATED_AT_DESC, false",
            "createdAt, CREATED_AT_ASC, true",
            "-issueDate, ISSUE_DATE_DESC, false",
            "issueDate, ISSUE_DATE_ASC, true",
            "-grossAmount, GROSS_AMOUNT_DESC, false",
            "grossAmount, GROSS_AMOUNT_ASC, true"})
    void everySortParameterNamesItsOrder(String parameter, DocumentSort sort, boolean ascending) {
        assertThat(DocumentSort.byParameter(parameter)).contains(sort);
        assertThat(sort.parameter()).isEqualTo(parameter);
        assertThat(sort.ascending()).isEqualTo(ascending);
    }

    @Test
    void everyOrderHasItsOwnParameter() {
        assertThat(Arrays.stream(DocumentSort.values()).map(DocumentSort::parameter)).doesNotHaveDuplicates()
                .hasSize(DocumentSort.values().length);
        assertThat(DocumentSort.DEFAULT).isEqualTo(DocumentSort.CREATED_AT_DESC);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"CREATED_AT_DESC", "+createdAt", "-CreatedAt", " createdAt", "dueDate", "--createdAt"})
    void anythingElseIsNoSort(String parameter) {
        assertThat(DocumentSort.byParameter(parameter)).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(value = DocumentSort.class, names = {"CREATED_AT_DESC", "CREATED_AT_ASC"})
    void theCreationTimeSortsByItself(DocumentSort sort) {
        assertThat(sort.valueOf(document(DocumentDetails.NONE))).isEqualTo(CREATED);
    }

    @ParameterizedTest
    @EnumSource(value = DocumentSort.class, names = {"ISSUE_DATE_DESC", "ISSUE_DATE_ASC"})
    void aMissingIssueDateSortsAsTheFirstDayThereIs(DocumentSort sort) {
        LocalDate issued = LocalDate.of(2026, 1, 15);

        assertThat(sort.valueOf(document(details(issued, null)))).isEqualTo(issued);
        assertThat(sort.valueOf(document(DocumentDetails.NONE))).isEqualTo(DocumentSort.MISSING_DATE)
                .isEqualTo(LocalDate.of(1, 1, 1));
        assertThat(DocumentSort.MISSING_DATE).isBefore(LocalDate.of(1900, 1, 1));
    }

    @ParameterizedTest
    @EnumSource(value = DocumentSort.class, names = {"GROSS_AMOUNT_DESC", "GROSS_AMOUNT_ASC"})
    void aMissingGrossAmountSortsBelowEveryAmountADocumentCanHave(DocumentSort sort) {
        assertThat(sort.valueOf(document(details(null, new BigDecimal("121"))))).isEqualTo(new BigDecimal("121.00"));
        assertThat(sort.valueOf(document(DocumentDetails.NONE))).isEqualTo(DocumentSort.MISSING_AMOUNT)
                .isEqualTo(new BigDecimal("-10000000000000000"));
        assertThat(DocumentSort.MISSING_AMOUNT).isLessThan(new BigDecimal("-999999999999999.9999"));
    }

    @ParameterizedTest
    @EnumSource(DocumentSort.class)
    void aSortValueIsReadBackFromItsText(DocumentSort sort) {
        for (Document document : new Document[]{document(details(LocalDate.of(2026, 2, 28),
                new BigDecimal("0.1234"))), document(DocumentDetails.NONE)}) {
            Comparable<?> value = sort.valueOf(document);

            assertThat(sort.parseValue(value.toString())).isEqualTo(value);
        }
    }

    private static DocumentDetails details(LocalDate issueDate, BigDecimal gross) {
        return new DocumentDetails("INV-1", issueDate, null, "Acme NV", null, "EUR", null, null, gross, null);
    }

    private static Document document(DocumentDetails details) {
        return Document.upload("partner-1", UUID.randomUUID(), DocumentType.SALES_INVOICE,
                new StoredFile("invoice.pdf", "application/pdf", 1, "00"), details, "user-anna", CREATED);
    }
}
