package io.kontor.formats.statements;

import io.kontor.formats.Finding;
import io.kontor.formats.StatementEntry;
import io.kontor.formats.StatementFacts;
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
import java.util.Objects;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every statement sample Kontor ships, read, and compared with what the file says: the expected values below were
 * read from the files by eye (CODA by column), not produced by the readers. Where a sample does not add up, the
 * finding it must raise is part of the expectation.
 */
class StatementSamplesTest {

    private static final String ROOT = "/samples/statements/";

    static Stream<Sample> samples() {
        return Stream.of(
                new Sample("camt053/camt053.v2.minimal.xml", List.of(
                        new Expected("NL26VAYB8060476890", "EUR", "253EURNL26VAYB8060476890", 12312L,
                                date("2007-10-18"), date("2007-10-18"), "18.15", "-27.00", 1, List.of(
                                new Spot(0, date("2014-12-31"), date("2015-01-02"), "8.85", "EUR", "NAME NAME",
                                        "NL56AGDH9619008421", "4654654654654654")))),
                        // The closing balance is a 27.00 debit (in SEK): 18.15 + 8.85 does not make it.
                        List.of("balance-mismatch")),
                new Sample("camt053/camt053.v2.multi.statement.xml", List.of(
                        new Expected("NL26VAYB8060476890", "EUR", "253EURNL26VAYB8060476890", 12312L,
                                date("2007-10-18"), date("2007-10-18"), "18.15", "27.00", 1, List.of(
                                // A credit whose file names only the creditor (the account holder): no counterparty.
                                new Spot(0, date("2014-12-31"), date("2015-01-02"), "8.85", "EUR", null, null,
                                        "Transaction Description 1"))),
                        // No sequence number, no FrToDt: the period is the entries' booking dates.
                        new Expected("NL26VAYB8060476890", "EUR", "254EURNL26VAYB8060476890", null,
                                date("2014-12-31"), date("2014-12-31"), "27.00", "20.00", 1, List.of(
                                new Spot(0, date("2014-12-31"), date("2015-01-02"), "-7.00", "EUR", "Company Name 2",
                                        "NL56AGDH9619008421", "Transaction Description 2")))),
                        List.of()),
                new Sample("camt053/camt053.v2.all-balance-types.xml", List.of(
                        // Othr/Id instead of an IBAN; no account currency, so the balances' EUR.
                        new Expected("CH2801234000123456789", "EUR", "CAMT0532015012200001", 315L,
                                date("2014-12-31"), date("2014-12-31"), "1.01", "4.04", 1, List.of(
                                new Spot(0, date("2014-12-31"), date("2015-01-02"), "8.850", "EUR", null, null,
                                        "Transaction Description")))),
                        List.of("balance-mismatch")),
                new Sample("camt053/camt053.v4.xml", List.of(
                        new Expected("NL26VAYB8060476890", "EUR", "253EURNL26VAYB8060476890", 12312L,
                                date("2007-10-18"), date("2007-10-18"), "18.15", "-27.00", 1, List.of(
                                new Spot(0, date("2014-12-31"), date("2015-01-02"), "8.85", "EUR", "NAME NAME",
                                        "NL56AGDH9619008421", "4654654654654654")))),
                        List.of("balance-mismatch")),
                new Sample("camt053/camt053.v8.xml", List.of(
                        // Booking date as DtTm, parties inside Pty (new in .07).
                        new Expected("NL26VAYB8060476890", "EUR", "253EURNL26VAYB8060476890", 12312L,
                                date("2007-10-18"), date("2007-10-18"), "18.15", "-27.00", 1, List.of(
                                new Spot(0, date("2014-12-31"), date("2015-01-02"), "8.85", "EUR", "NAME NAME",
                                        "NL56AGDH9619008421", "4654654654654654")))),
                        List.of("balance-mismatch")),
                new Sample("camt053/subite_LT625883379695428516_2024-04-11.xml", List.of(
                        // Balances without CdtDbtInd, entries without dates: the period is the balances' dates.
                        new Expected("LT625883379695428516", "EUR", "MSG25684197-NAEUXI", null,
                                date("2024-04-11"), date("2024-04-11"), "21463830.35", "17194650.59", 15, List.of(
                                new Spot(0, null, null, "-388645", "EUR", null, null, null),
                                new Spot(3, null, null, "891017.25", "EUR", null, null, null),
                                new Spot(14, null, null, "2648", "EUR", null, null, null))),
                        new Expected("LT414319056143772570", "EUR", "MSG32269800-GZNPDA", null,
                                date("2024-04-11"), date("2024-04-11"), "2801.55", "2801.55", 0, List.of())),
                        List.of()),
                new Sample("coda/tryton_CODA.txt", List.of(
                        // Structure 0: Belgian account 435000000080, named by its IBAN.
                        new Expected("BE47435000000080", "EUR", "001", 1L, date("2006-12-06"), date("2006-12-07"),
                                "0.00", "9405296.99", 59, List.of(
                                new Spot(0, date("2006-12-06"), date("2006-12-06"), "-2578.25", "EUR", null, null,
                                        "BORDEREAU DE DECOMPTE AVANCES 015 NUMERO D'OPERATION 495953"),
                                new Spot(2, date("2006-12-06"), date("2006-12-06"), "1075.00", "EUR",
                                        "Olgerdin Egill Skallagrims", "LU037050522702273100", "/INV/2061260"),
                                new Spot(52, date("2006-12-06"), date("2006-12-06"), "817.56", "EUR",
                                        "LA CROIX D OR SPRL", "370121620105", "+++269/0211/57996+++"),
                                new Spot(58, date("2006-12-06"), date("2006-12-06"), "-34.80", "EUR", null, null,
                                        null)))),
                        List.of()),
                new Sample("coda/coda-rs_CODA.txt", List.of(
                        new Expected("BE47435000000080", "EUR", "001", 1L, date("2006-12-06"), date("2006-12-07"),
                                "0.00", "9405296.99", 59, List.of(
                                new Spot(2, date("2006-12-06"), date("2006-12-06"), "1075.00", "EUR",
                                        "Olgerdin Egill Skallagrims", "LU037050522702273100", "/INV/2061260")))),
                        // One 3.3 record more than the trailer's 260 (the 4 records are not counted).
                        List.of("record-count-mismatch")),
                new Sample("coda/coda.cod", List.of(
                        new Expected("BE68539007547034", "EUR", "016", 17L, date("2015-03-30"), date("2015-03-31"),
                                "57900.00", "58900.00", 2, List.of(
                                new Spot(0, date("2015-03-31"), date("2015-04-01"), "500.86", "EUR", "LASTNM PERSON",
                                        "BE53900754703405", "+++100/0008/34941+++"),
                                new Spot(1, date("2015-03-31"), date("2015-04-01"), "200.00", "EUR", "M.JOHN DOE",
                                        "LU539007547034898400", "+++100/0008/35749+++")))),
                        // The trailer says 27 records and 1000.000 of credits; the file has 12 and 700.860, and
                        // 57900 + 700.86 is not the new balance 58900.
                        List.of("record-count-mismatch", "totals-mismatch", "balance-mismatch")));
    }

    @Test
    void everySampleFileIsInTheTable() throws IOException, URISyntaxException {
        Path root = Path.of(Objects.requireNonNull(getClass().getResource(ROOT)).toURI());
        List<String> files;
        try (Stream<Path> walk = Files.walk(root)) {
            files = walk.filter(Files::isRegularFile)
                    .map(path -> root.relativize(path).toString().replace('\\', '/'))
                    .filter(name -> name.startsWith("camt053/") || name.startsWith("coda/"))
                    .toList();
        }

        assertThat(samples().map(Sample::file)).containsExactlyInAnyOrderElementsOf(files);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void readsWhatTheFileSays(Sample sample) throws UnreadableStatement {
        StatementRead read = sample.file().startsWith("camt053/")
                ? StatementReader.readCamt053(bytes(sample.file()))
                : StatementReader.readCoda(bytes(sample.file()));

        assertThat(read.findings()).extracting(Finding::code).containsExactlyElementsOf(sample.findings());
        assertThat(read.statements()).hasSameSizeAs(sample.statements());
        for (int i = 0; i < sample.statements().size(); i++) {
            sample.statements().get(i).assertMatches(read.statements().get(i));
        }
    }

    private static byte[] bytes(String file) {
        try (InputStream in = StatementSamplesTest.class.getResourceAsStream(ROOT + file)) {
            return Objects.requireNonNull(in, file).readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static LocalDate date(String iso) {
        return LocalDate.parse(iso);
    }

    record Sample(String file, List<Expected> statements, List<String> findings) {

        @Override
        public String toString() {
            return file;
        }
    }

    record Expected(String iban, String currency, String id, Long sequence, LocalDate from, LocalDate to,
                    String opening, String closing, int entryCount, List<Spot> spots) {

        void assertMatches(StatementFacts actual) {
            assertThat(actual.iban()).as("IBAN").isEqualTo(iban);
            assertThat(actual.currency()).as("currency").isEqualTo(currency);
            assertThat(actual.statementId()).as("statement id").isEqualTo(id);
            assertThat(actual.sequenceNumber()).as("sequence number").isEqualTo(sequence);
            assertThat(actual.periodFrom()).as("period from").isEqualTo(from);
            assertThat(actual.periodTo()).as("period to").isEqualTo(to);
            assertThat(actual.openingBalance()).as("opening balance").isEqualByComparingTo(opening);
            assertThat(actual.closingBalance()).as("closing balance").isEqualByComparingTo(closing);
            assertThat(actual.entryCount()).as("entry count").isEqualTo(entryCount);
            for (Spot spot : spots) {
                spot.assertMatches(actual.entries().get(spot.index()));
            }
        }
    }

    record Spot(int index, LocalDate booked, LocalDate value, String amount, String currency, String counterparty,
                String account, String remittance) {

        void assertMatches(StatementEntry actual) {
            String entry = "entry " + index + " ";
            assertThat(actual.bookingDate()).as(entry + "booking date").isEqualTo(booked);
            assertThat(actual.valueDate()).as(entry + "value date").isEqualTo(value);
            assertThat(actual.amount()).as(entry + "amount").isEqualByComparingTo(new BigDecimal(amount));
            assertThat(actual.currency()).as(entry + "currency").isEqualTo(currency);
            assertThat(actual.counterpartyName()).as(entry + "counterparty").isEqualTo(counterparty);
            assertThat(actual.counterpartyAccount()).as(entry + "counterparty account").isEqualTo(account);
            assertThat(actual.remittanceText()).as(entry + "remittance").isEqualTo(remittance);
        }
    }
}
