package io.kontor.documents.service;

import io.kontor.problem.Violation;
import org.junit.jupiter.api.Test;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ClientCsvParserTest {

    private final ClientCsvParser parser = new ClientCsvParser(100);

    @Test
    void readsCommaSeparatedFilesWithEveryColumn() {
        List<ClientCsvRow> rows = parser.parse("""
                name,vatNumber,companyNumber,country,externalReference,accountantIds
                Bakkerij De Vries BV,NL123456789B01,12345678,NL,CRM-0042,user-anna|user-bert
                Solo SRL,IT12345678901,,IT,,
                """);

        assertThat(rows).containsExactly(
                new ClientCsvRow(2, "Bakkerij De Vries BV", "NL123456789B01", "12345678", "NL", "CRM-0042",
                        List.of("user-anna", "user-bert"), List.of()),
                new ClientCsvRow(3, "Solo SRL", "IT12345678901", null, "IT", null, null, List.of()));
    }

    @Test
    void detectsTheSemicolonsEuropeanExcelWritesAndKeepsCommasInValues() {
        List<ClientCsvRow> rows = parser.parse("""
                name;vatNumber;country
                Janssens, Peeters & Co BV;BE 0403.170.701;BE
                """);

        assertThat(rows).singleElement().satisfies(row -> {
            assertThat(row.name()).isEqualTo("Janssens, Peeters & Co BV");
            assertThat(row.vatNumber()).isEqualTo("BE 0403.170.701");
            assertThat(row.country()).isEqualTo("BE");
        });
    }

    @Test
    void columnNamesAreCaseInsensitiveInAnyOrderAndOptionalColumnsMayBeLeftOut() {
        List<ClientCsvRow> rows = parser.parse("COUNTRY;VatNumber; Name \nDE;DE123456789;Kafka Bakery\n");

        assertThat(rows).containsExactly(
                new ClientCsvRow(2, "Kafka Bakery", "DE123456789", null, "DE", null, null, List.of()));
    }

    @Test
    void skipsAUtf8ByteOrderMarkAndReadsCrlfLineEnds() {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] text = "name;vatNumber;country\r\nBäckerei Müller GmbH;DE123456789;DE\r\n"
                .getBytes(StandardCharsets.UTF_8);
        byte[] file = new byte[bom.length + text.length];
        System.arraycopy(bom, 0, file, 0, bom.length);
        System.arraycopy(text, 0, file, bom.length, text.length);

        List<ClientCsvRow> rows = parser.parse(file, StandardCharsets.UTF_8);

        assertThat(rows).singleElement().satisfies(row -> {
            assertThat(row.name()).isEqualTo("Bäckerei Müller GmbH");
            assertThat(row.country()).isEqualTo("DE");
        });
    }

    @Test
    void quotedValuesMayHoldDelimitersQuotesAndLineBreaks() {
        List<ClientCsvRow> rows = parser.parse("""
                name;vatNumber;country;externalReference
                "Smit; Zonen ""De Hamer"" BV";NL123456789B01;NL;"first line
                second line"
                Next BV;NL987654321B01;NL;REF-2
                """);

        assertThat(rows).hasSize(2);
        assertThat(rows.get(0).name()).isEqualTo("Smit; Zonen \"De Hamer\" BV");
        assertThat(rows.get(0).externalReference()).isEqualTo("first line\nsecond line");
        assertThat(rows.get(0).row()).isEqualTo(2);
        // The row after a two-line value starts on line 4 of the file.
        assertThat(rows.get(1).row()).isEqualTo(4);
        assertThat(rows.get(1).name()).isEqualTo("Next BV");
    }

    @Test
    void rowsAreNumberedByTheirLineAndBlankLinesAreSkippedButCounted() {
        List<ClientCsvRow> rows = parser.parse("name,vatNumber,country\n\nA BV,NL111111111B01,NL\n,,\n"
                + "B BV,NL222222222B01,NL\n\n\n");

        assertThat(rows).extracting(ClientCsvRow::row).containsExactly(3, 5);
    }

    @Test
    void valuesAreStrippedAndEmptyCellsAreAbsent() {
        List<ClientCsvRow> rows = parser.parse("name,vatNumber,country,companyNumber,accountantIds\n"
                + "  Spaced BV  , NL123456789B01 ,NL,   , user-anna | user-bert \n");

        assertThat(rows).singleElement().satisfies(row -> {
            assertThat(row.name()).isEqualTo("Spaced BV");
            assertThat(row.vatNumber()).isEqualTo("NL123456789B01");
            assertThat(row.companyNumber()).isNull();
            assertThat(row.accountantIds()).containsExactly("user-anna", "user-bert");
        });
    }

    @Test
    void anEmptyAccountantIdBetweenSeparatorsIsKeptSoThatValidationCatchesIt() {
        List<ClientCsvRow> rows = parser.parse("name,vatNumber,country,accountantIds\nA BV,NL1234567B01,NL,a||b\n");

        assertThat(rows.get(0).accountantIds()).containsExactly("a", "", "b");
    }

    @Test
    void aValueOutsideAnyNamedColumnIsAnErrorOfItsRowButEmptyPaddingIsNot() {
        List<ClientCsvRow> rows = parser.parse("name;vatNumber;country;;\n"
                + "A BV;NL111111111B01;NL;;\n"
                + "B BV;NL222222222B01;NL;;stray;more\n");

        assertThat(rows.get(0).layoutErrors()).isEmpty();
        assertThat(rows.get(1).layoutErrors()).extracting(Violation::field).containsExactly("column 5", "column 6");
    }

    @Test
    void unknownAndMissingColumnsAreNamed() {
        assertThatThrownBy(() -> parser.parse("Name;VAT;Land;externalReference\nA;B;C;D\n"))
                .isInstanceOfSatisfying(ClientCsvHeaderInvalid.class, e -> {
                    assertThat(e.status()).isEqualTo(422);
                    assertThat(e.violations()).containsExactly(
                            new Violation("VAT", "is not a known column"),
                            new Violation("Land", "is not a known column"),
                            new Violation("vatNumber", "is a required column and is missing"),
                            new Violation("country", "is a required column and is missing"));
                    assertThat(e.getMessage()).contains("VAT", "Land", "vatNumber", "country");
                });
    }

    @Test
    void aColumnNamedTwiceIsRefused() {
        assertThatThrownBy(() -> parser.parse("name,vatNumber,country,NAME\nA,NL123456789B01,NL,B\n"))
                .isInstanceOfSatisfying(ClientCsvHeaderInvalid.class, e -> assertThat(e.violations())
                        .containsExactly(new Violation("name", "appears more than once")));
    }

    @Test
    void anUnclosedQuoteNamesTheLineItStartsOn() {
        assertThatThrownBy(() -> parser.parse("name,vatNumber,country\nA BV,NL111111111B01,NL\n"
                + "\"B BV,NL222222222B01,NL\nC BV,NL333333333B01,NL\n"))
                .isInstanceOfSatisfying(MalformedCsv.class, e -> {
                    assertThat(e.status()).isEqualTo(400);
                    assertThat(e.getMessage()).contains("line 3", "closing quote");
                });
    }

    @Test
    void textAfterAClosingQuoteNamesTheLine() {
        assertThatThrownBy(() -> parser.parse("name,vatNumber,country\n\"A\" BV,NL111111111B01,NL\n"))
                .isInstanceOfSatisfying(MalformedCsv.class, e -> assertThat(e.getMessage()).contains("line 2"));
    }

    @Test
    void bytesThatAreNotUtf8AreRefusedWithTheirLineUnlessTheCharsetIsNamed() {
        byte[] windows1252 = "name;vatNumber;country\nBäckerei;DE123456789;DE\n"
                .getBytes(Charset.forName("windows-1252"));

        assertThatThrownBy(() -> parser.parse(windows1252, StandardCharsets.UTF_8))
                .isInstanceOfSatisfying(MalformedCsv.class, e -> assertThat(e.getMessage())
                        .contains("Line 2", "UTF-8", "charset"));
        assertThat(parser.parse(windows1252, Charset.forName("windows-1252")).get(0).name()).isEqualTo("Bäckerei");
    }

    @Test
    void anEmptyFileOrAHeaderWithoutRowsHasNoRows() {
        assertThatThrownBy(() -> parser.parse("")).isInstanceOf(ClientCsvEmpty.class);
        assertThatThrownBy(() -> parser.parse("\uFEFF")).isInstanceOf(ClientCsvEmpty.class);
        assertThatThrownBy(() -> parser.parse("name;vatNumber;country\r\n")).isInstanceOf(ClientCsvEmpty.class);
        assertThatThrownBy(() -> parser.parse("name;vatNumber;country\n;;\n\n"))
                .isInstanceOfSatisfying(ClientCsvEmpty.class, e -> assertThat(e.status()).isEqualTo(422));
    }

    @Test
    void moreRowsThanTheLimitAreRefusedBeforeTheRestIsRead() {
        ClientCsvParser two = new ClientCsvParser(2);
        String header = "name,vatNumber,country\n";

        assertThat(two.parse(header + "A,NL1,NL\nB,NL2,NL\n")).hasSize(2);
        // The fourth row is unreadable, yet the limit is what is reported: reading stops at the third row.
        assertThatThrownBy(() -> two.parse(header + "A,NL1,NL\nB,NL2,NL\nC,NL3,NL\n\"D,NL4,NL\n"))
                .isInstanceOfSatisfying(ClientCsvTooLarge.class, e -> {
                    assertThat(e.status()).isEqualTo(413);
                    assertThat(e.getMessage()).contains("more than 2 client rows");
                });
    }
}
