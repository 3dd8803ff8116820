package io.kontor.documents.service;

import io.kontor.documents.Document;
import io.kontor.documents.DocumentDetails;
import io.kontor.documents.StoredFile;
import io.kontor.documents.repository.DocumentRepository.SortKey;
import io.kontor.documents.DocumentSort;
import io.kontor.events.documents.DocumentType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DocumentCursorTest {

    private static final UUID ID = UUID.fromString("9b8e2d10-0000-4000-8000-0000000000ff");

    @ParameterizedTest
    @EnumSource(value = DocumentSort.class, names = {"CREATED_AT_DESC", "CREATED_AT_ASC"})
    void aCreationTimeCursorKeepsMicroseconds(DocumentSort sort) {
        for (Instant createdAt : List.of(Instant.parse("2026-01-15T09:30:00.123456Z"),
                Instant.parse("2026-01-15T09:30:00Z"), Instant.parse("2026-01-15T09:30:00.100Z"))) {
            assertRoundTrip(sort, createdAt);
        }
    }

    @ParameterizedTest
    @EnumSource(value = DocumentSort.class, names = {"ISSUE_DATE_DESC", "ISSUE_DATE_ASC"})
    void anIssueDateCursorKeepsTheDateIncludingTheMissingDate(DocumentSort sort) {
        assertRoundTrip(sort, LocalDate.of(2026, 2, 28));
        assertRoundTrip(sort, LocalDate.of(1, 1, 1));
        assertThat(decodeBack(sort, sort.valueOf(documentWithout()))).isEqualTo(
                LocalDate.of(1, 1, 1));
    }

    @ParameterizedTest
    @EnumSource(value = DocumentSort.class, names = {"GROSS_AMOUNT_DESC", "GROSS_AMOUNT_ASC"})
    void anAmountCursorKeepsTheAmountExactlyIncludingTheMissingAmount(DocumentSort sort) {
        for (String amount : List.of("121.00", "0.1234", "-42.50", "999999999999999.9999", "0.00",
                "-10000000000000000")) {
            assertRoundTrip(sort, new BigDecimal(amount));
        }
        assertThat(decodeBack(sort, sort.valueOf(documentWithout())))
                .isEqualTo(new BigDecimal("-10000000000000000"));
    }

    @ParameterizedTest
    @EnumSource(DocumentSort.class)
    void theCursorIsUrlSafeAndPassesTheValueOfAnyDocument(DocumentSort sort) {
        Comparable<?> value = sort.valueOf(documentWith());
        String cursor = DocumentCursor.encode(sort, new SortKey(value, ID));

        assertThat(cursor).matches("[A-Za-z0-9_-]+");
        assertThat(DocumentCursor.decode(cursor, sort)).isEqualTo(new SortKey(value, ID));
    }

    @Test
    void aCursorOfAnotherSortIsRefusedNamingBoth() {
        String cursor = DocumentCursor.encode(DocumentSort.CREATED_AT_DESC,
                new SortKey(Instant.parse("2026-01-15T09:30:00Z"), ID));

        for (DocumentSort other : DocumentSort.values()) {
            if (other != DocumentSort.CREATED_AT_DESC) {
                assertThatThrownBy(() -> DocumentCursor.decode(cursor, other))
                        .isInstanceOfSatisfying(CursorForOtherSort.class, e -> assertThat(e.status()).isEqualTo(400))
                        .hasMessageContaining("-createdAt")
                        .hasMessageContaining(other.parameter());
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "not base64!", "YWJj", "ZDF8LWNyZWF0ZWRBdA", "ab+/cd=="})
    void garbageIsAnInvalidCursor(String cursor) {
        assertInvalid(cursor, DocumentSort.CREATED_AT_DESC);
    }

    @Test
    void aCursorOfAnotherVersionIsInvalid() {
        assertInvalid(plain("d2|-createdAt|" + ID + "|2026-01-15T09:30:00Z"), DocumentSort.CREATED_AT_DESC);
        assertInvalid(plain("c1|-createdAt|" + ID + "|2026-01-15T09:30:00Z"), DocumentSort.CREATED_AT_DESC);
        assertInvalid(plain("|-createdAt|" + ID + "|2026-01-15T09:30:00Z"), DocumentSort.CREATED_AT_DESC);
    }

    @Test
    void aCursorWithoutAllItsPartsIsInvalid() {
        assertInvalid(plain("d1|-createdAt|" + ID), DocumentSort.CREATED_AT_DESC);
        assertInvalid(plain("d1"), DocumentSort.CREATED_AT_DESC);
    }

    @Test
    void aCursorWithABadIdIsInvalid() {
        assertInvalid(plain("d1|-createdAt|not-a-uuid|2026-01-15T09:30:00Z"), DocumentSort.CREATED_AT_DESC);
        assertInvalid(plain("d1|-createdAt||2026-01-15T09:30:00Z"), DocumentSort.CREATED_AT_DESC);
    }

    @Test
    void aCursorWithAValueOfTheWrongKindIsInvalid() {
        assertInvalid(plain("d1|-createdAt|" + ID + "|2026-01-15"), DocumentSort.CREATED_AT_DESC);
        assertInvalid(plain("d1|issueDate|" + ID + "|2026-02-30"), DocumentSort.ISSUE_DATE_ASC);
        assertInvalid(plain("d1|grossAmount|" + ID + "|1.234,56"), DocumentSort.GROSS_AMOUNT_ASC);
        assertInvalid(plain("d1|grossAmount|" + ID + "|"), DocumentSort.GROSS_AMOUNT_ASC);
    }

    @Test
    void aWellFormedCursorIsReadAsWritten() {
        String cursor = plain("d1|-grossAmount|" + ID + "|121.00");

        assertThat(DocumentCursor.decode(cursor, DocumentSort.GROSS_AMOUNT_DESC))
                .isEqualTo(new SortKey(new BigDecimal("121.00"), ID));
    }

    private static Document documentWith() {
        return upload(new DocumentDetails("INV-1", LocalDate.of(2026, 1, 15), null, "Acme NV", null, "EUR", null,
                null, new BigDecimal("121.5"), null));
    }

    private static Document documentWithout() {
        return upload(DocumentDetails.NONE);
    }

    private static Document upload(DocumentDetails details) {
        return Document.upload("partner-1", UUID.randomUUID(), DocumentType.PURCHASE_INVOICE,
                new StoredFile("invoice.pdf", "application/pdf", 1, "00"), details, "user-anna",
                Instant.parse("2026-01-15T09:30:00.123456Z"));
    }

    private static void assertRoundTrip(DocumentSort sort, Comparable<?> value) {
        assertThat(decodeBack(sort, value)).isEqualTo(value);
    }

    private static Comparable<?> decodeBack(DocumentSort sort, Comparable<?> value) {
        SortKey decoded = DocumentCursor.decode(DocumentCursor.encode(sort, new SortKey(value, ID)), sort);
        assertThat(decoded.id()).isEqualTo(ID);
        return decoded.value();
    }

    private static void assertInvalid(String cursor, DocumentSort sort) {
        assertThatThrownBy(() -> DocumentCursor.decode(cursor, sort))
                .isInstanceOfSatisfying(InvalidCursor.class, e -> assertThat(e.status()).isEqualTo(400));
    }

    private static String plain(String text) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }
}
