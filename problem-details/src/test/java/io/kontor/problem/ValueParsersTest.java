package io.kontor.problem;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ValueParsersTest {

    @Test
    void datesAndInstantsInsideTheYearsTheDatabaseKeepsAreRead() {
        assertThat(ValueParsers.date("0001-01-01")).isEqualTo(LocalDate.of(1, 1, 1));
        assertThat(ValueParsers.date(" 9999-12-31 ")).isEqualTo(LocalDate.of(9999, 12, 31));
        assertThat(ValueParsers.instant("9999-12-31T23:59:59Z")).isEqualTo(Instant.parse("9999-12-31T23:59:59Z"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"+10000-01-01", "+10000000-01-01", "0000-12-31", "-0001-01-01"})
    void datesOutsideYears1To9999AreRefused(String date) {
        assertThatThrownBy(() -> ValueParsers.date(date)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void instantsOutsideYears1To9999AreRefused() {
        assertThatThrownBy(() -> ValueParsers.instant("+300000-01-01T00:00:00Z"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void decimalsOfBoundedSizeAreRead() {
        assertThat(ValueParsers.decimal("-1234.5678")).isEqualTo(new BigDecimal("-1234.5678"));
        assertThat(ValueParsers.decimal("1E+14")).isEqualByComparingTo(new BigDecimal("100000000000000"));
    }

    @Test
    void hugeDecimalsAreRefusedWithoutBeingExpanded() {
        assertThatThrownBy(() -> ValueParsers.decimal("1e1000000")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ValueParsers.decimal("1E+2147483647")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ValueParsers.decimal("9".repeat(1_000_000)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void textWithANulCharacterIsRefused() {
        assertThat(ValueParsers.text("Molen Meel NV")).isEqualTo("Molen Meel NV");
        assertThatThrownBy(() -> ValueParsers.text("a\0b")).isInstanceOf(IllegalArgumentException.class);
    }
}
