package io.kontor.problem;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class ParameterParserTest {

    enum Folder { PURCHASE_INVOICE, SALES_INVOICE, OTHER }

    private static final Map<String, String> SORTS = Map.of("-createdAt", "newest", "createdAt", "oldest");
    private static final List<String> SORT_NAMES = List.of("-createdAt", "createdAt");

    private final ParameterParser parser = new ParameterParser();

    @Test
    void everyReaderReadsAWellFormedValue() {
        assertThat(parser.oneOf("type", "SALES_INVOICE", Folder.class)).isEqualTo(Folder.SALES_INVOICE);
        assertThat(parser.oneOf("sort", "-createdAt", this::sort, SORT_NAMES)).isEqualTo("newest");
        assertThat(parser.date("from", "2026-01-31")).isEqualTo(LocalDate.of(2026, 1, 31));
        assertThat(parser.instant("since", "2026-01-31T09:30:00.123456Z"))
                .isEqualTo(Instant.parse("2026-01-31T09:30:00.123456Z"));
        assertThat(parser.decimal("minAmount", "1234.50")).isEqualTo(new BigDecimal("1234.50"));
        assertThat(parser.decimal("minAmount", "-0.01")).isEqualTo(new BigDecimal("-0.01"));
        assertThat(parser.integer("limit", "50")).isEqualTo(50);
        assertThat(parser.integer("limit", "-1")).isEqualTo(-1);
        assertThat(parser.integer("limit", String.valueOf(Integer.MAX_VALUE))).isEqualTo(Integer.MAX_VALUE);
        assertThat(parser.bool("archived", "true")).isTrue();
        assertThat(parser.bool("archived", "false")).isFalse();

        assertThatNoException().isThrownBy(parser::throwIfInvalid);
    }

    @Test
    void surroundingWhitespaceIsIgnored() {
        assertThat(parser.oneOf("type", " OTHER ", Folder.class)).isEqualTo(Folder.OTHER);
        assertThat(parser.oneOf("sort", " createdAt\t", this::sort, SORT_NAMES)).isEqualTo("oldest");
        assertThat(parser.date("from", " 2026-01-31 ")).isEqualTo(LocalDate.of(2026, 1, 31));
        assertThat(parser.instant("since", " 2026-01-31T09:30:00Z ")).isEqualTo(Instant.parse("2026-01-31T09:30:00Z"));
        assertThat(parser.decimal("minAmount", " 12.5 ")).isEqualTo(new BigDecimal("12.5"));
        assertThat(parser.integer("limit", " 7 ")).isEqualTo(7);
        assertThat(parser.bool("archived", " true ")).isTrue();

        assertThatNoException().isThrownBy(parser::throwIfInvalid);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {" ", "\t\n"})
    void anAbsentOrBlankValueReadsAsNull(String value) {
        assertThat(parser.oneOf("type", value, Folder.class)).isNull();
        assertThat(parser.oneOf("sort", value, this::sort, SORT_NAMES)).isNull();
        assertThat(parser.date("from", value)).isNull();
        assertThat(parser.instant("since", value)).isNull();
        assertThat(parser.decimal("minAmount", value)).isNull();
        assertThat(parser.integer("limit", value)).isNull();
        assertThat(parser.bool("archived", value)).isNull();

        assertThatNoException().isThrownBy(parser::throwIfInvalid);
    }

    @Test
    void anEnumConstantReadsInAnyLetterCase() {
        assertThat(parser.oneOf("type", " purchase_Invoice ", Folder.class)).isEqualTo(Folder.PURCHASE_INVOICE);

        assertThatNoException().isThrownBy(parser::throwIfInvalid);
    }

    @Test
    void anUnknownEnumConstantNamesEveryConstant() {
        assertThat(parser.oneOf("type", "purchase invoice", Folder.class)).isNull();

        assertThat(failure().violations()).containsExactly(
                new Violation("type", "must be one of PURCHASE_INVOICE, SALES_INVOICE, OTHER"));
    }

    @Test
    void anUnknownSpellingNamesTheAllowedOnes() {
        assertThat(parser.oneOf("sort", "+createdAt", this::sort, SORT_NAMES)).isNull();

        assertThat(failure().violations())
                .containsExactly(new Violation("sort", "must be one of -createdAt, createdAt"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026-02-30", "31.01.2026", "2026-1-31", "2026-01-31T00:00:00Z"})
    void aMalformedDateIsRefused(String value) {
        assertThat(parser.date("from", value)).isNull();

        assertThat(failure().violations()).containsExactly(new Violation("from", "must be a date like 2026-01-31, in the years 1 to 9999"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026-01-31", "2026-01-31T09:30:00", "2026-01-31T09:30:00+01:00x", "1706693400"})
    void aMalformedInstantIsRefused(String value) {
        assertThat(parser.instant("since", value)).isNull();

        assertThat(failure().violations())
                .containsExactly(new Violation("since", "must be an instant like 2026-01-31T09:30:00Z, in the years 1 to 9999"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"1.234,56", "1,5", "12 345", "NaN", "EUR 5", "1e"})
    void aMalformedDecimalIsRefused(String value) {
        assertThat(parser.decimal("minAmount", value)).isNull();

        assertThat(failure().violations()).containsExactly(new Violation("minAmount", "must be a number like 1234.56"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2147483648", "-2147483649", "99999999999999999999", "1.5", "1e3", "ten", "0x10"})
    void aMalformedOrOverflowingIntegerIsRefused(String value) {
        assertThat(parser.integer("limit", value)).isNull();

        assertThat(failure().violations()).containsExactly(new Violation("limit", "must be a whole number"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"TRUE", "True", "yes", "1", "on", "t"})
    void onlyTrueAndFalseAreBooleans(String value) {
        assertThat(parser.bool("archived", value)).isNull();

        assertThat(failure().violations()).containsExactly(new Violation("archived", "must be true or false"));
    }

    @Test
    void everyBadParameterIsNamedInOneProblem() {
        parser.oneOf("type", "INVOICE", Folder.class);
        parser.date("from", "yesterday");
        parser.integer("limit", "2147483648");
        parser.bool("archived", "yes");
        parser.decimal("minAmount", "12.50");

        InvalidParameters invalid = failure();

        assertThat(invalid.status()).isEqualTo(400);
        assertThat(invalid.violations()).extracting(Violation::field)
                .containsExactly("type", "from", "limit", "archived");
        assertThat(invalid.getMessage())
                .contains("type must be one of PURCHASE_INVOICE, SALES_INVOICE, OTHER")
                .contains("from must be a date like 2026-01-31")
                .contains("limit must be a whole number")
                .contains("archived must be true or false");
    }

    @Test
    void aRejectionIsReportedWithTheUnreadableOnes() {
        LocalDate from = parser.date("from", "2026-02-01");
        LocalDate to = parser.date("to", "2026-01-01");
        if (to.isBefore(from)) {
            parser.reject("to", "must not be before from");
        }
        parser.integer("limit", "many");

        assertThat(failure().violations()).containsExactly(new Violation("to", "must not be before from"),
                new Violation("limit", "must be a whole number"));
    }

    @Test
    void aRejectionAloneIsEnoughToFail() {
        parser.reject("file", "is missing");

        InvalidParameters invalid = failure();

        assertThat(invalid.violations()).containsExactly(new Violation("file", "is missing"));
        assertThat(invalid.getMessage()).contains("file is missing");
    }

    @Test
    void nothingWrongMeansNoProblem() {
        assertThatNoException().isThrownBy(parser::throwIfInvalid);
    }

    private Optional<String> sort(String value) {
        return Optional.ofNullable(SORTS.get(value));
    }

    private InvalidParameters failure() {
        InvalidParameters invalid = catchThrowableOfType(InvalidParameters.class, parser::throwIfInvalid);
        assertThat(invalid).as("throwIfInvalid should have thrown").isNotNull();
        assertThat(invalid.status()).isEqualTo(400);
        return invalid;
    }
}
