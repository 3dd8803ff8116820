package io.kontor.formats.statements;

import io.kontor.formats.StatementFacts;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class StatementGapsTest {

    private static final String CURRENT = "BE68539007547034";
    private static final String SAVINGS = "BE71096123456769";

    @Test
    void numbersNobodyUploadedBetweenTheLowestAndHighestAreMissing() {
        List<StatementGap> gaps = StatementGaps.missing(List.of(
                statement(CURRENT, 1, "2024-01-02"), statement(CURRENT, 2, "2024-01-03"),
                statement(CURRENT, 5, "2024-01-08"), statement(CURRENT, 7, "2024-01-10")));

        assertThat(gaps).containsExactly(new StatementGap(CURRENT, 3, 4), new StatementGap(CURRENT, 6, 6));
        assertThat(gaps.get(0).count()).isEqualTo(2);
    }

    @Test
    void eachAccountIsJudgedOnItsOwn() {
        List<StatementGap> gaps = StatementGaps.missing(List.of(
                statement(SAVINGS, 10, "2024-01-02"), statement(CURRENT, 1, "2024-01-02"),
                statement(SAVINGS, 12, "2024-02-01"), statement(CURRENT, 2, "2024-01-03")));

        assertThat(gaps).containsExactly(new StatementGap(SAVINGS, 11, 11));
    }

    @Test
    void theOrderOfUploadDoesNotMatter() {
        List<StatementGap> gaps = StatementGaps.missing(List.of(
                statement(CURRENT, 9, "2024-01-10"), statement(CURRENT, 6, "2024-01-05"),
                statement(CURRENT, 7, "2024-01-08")));

        assertThat(gaps).containsExactly(new StatementGap(CURRENT, 8, 8));
    }

    @Test
    void theSameStatementUploadedTwiceIsNoGap() {
        assertThat(StatementGaps.missing(List.of(statement(CURRENT, 3, "2024-01-03"),
                statement(CURRENT, 3, "2024-01-03"), statement(CURRENT, 4, "2024-01-04")))).isEmpty();
    }

    @Test
    void numberingThatRestartsWithTheYearIsNoGap() {
        List<StatementGap> gaps = StatementGaps.missing(List.of(
                statement(CURRENT, 251, "2023-12-28"), statement(CURRENT, 252, "2023-12-29"),
                statement(CURRENT, 1, "2024-01-02"), statement(CURRENT, 3, "2024-01-04")));

        assertThat(gaps).containsExactly(new StatementGap(CURRENT, 2, 2));
    }

    @Test
    void statementsWithoutAccountOrNumberSayNothingAboutGaps() {
        assertThat(StatementGaps.missing(List.of(statement(CURRENT, 1, "2024-01-02"),
                statement(CURRENT, null, "2024-01-03"), statement(null, 2, "2024-01-03"),
                statement(CURRENT, 2, "2024-01-04")))).isEmpty();
    }

    @Test
    void anAbsurdNumberMakesOneRangeNotABillionEntries() {
        List<StatementGap> gaps = StatementGaps.missing(List.of(statement(CURRENT, 1, "2024-01-02"),
                statement(CURRENT, 999_999_999_999_999_999L, "2024-01-03")));

        assertThat(gaps).containsExactly(new StatementGap(CURRENT, 2, 999_999_999_999_999_998L));
    }

    @Test
    void nothingKnownNothingMissing() {
        assertThat(StatementGaps.missing(List.of())).isEmpty();
    }

    private static StatementFacts statement(String iban, Long sequence, String date) {
        LocalDate day = LocalDate.parse(date);
        return new StatementFacts(iban, "EUR", "S" + sequence, sequence, day, day, null, null, List.of());
    }

    private static StatementFacts statement(String iban, long sequence, String date) {
        return statement(iban, Long.valueOf(sequence), date);
    }
}
