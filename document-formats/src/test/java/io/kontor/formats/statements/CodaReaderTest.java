package io.kontor.formats.statements;

import io.kontor.formats.Finding;
import io.kontor.formats.StatementEntry;
import io.kontor.formats.StatementFacts;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static io.kontor.formats.statements.CodaBuilder.record;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CodaReaderTest {

    private static final String IBAN = "BE68539007547034";

    @Test
    void aStatementAsTheBankWroteIt() throws UnreadableStatement {
        byte[] coda = new CodaBuilder().header().oldBalance(IBAN, 1_000_000, 7)
                .movement(1, -250_500, "RENT MARCH").movement(2, 99_990, "INVOICE 12")
                .newBalance(849_490).trailer().bytes();

        StatementRead read = StatementReader.readCoda(coda);

        assertThat(read.findings()).isEmpty();
        StatementFacts statement = read.statements().get(0);
        assertThat(statement.iban()).isEqualTo(IBAN);
        assertThat(statement.currency()).isEqualTo("EUR");
        assertThat(statement.statementId()).isEqualTo("042");
        assertThat(statement.sequenceNumber()).isEqualTo(7L);
        assertThat(statement.openingBalance()).hasToString("1000.00");
        assertThat(statement.closingBalance()).hasToString("849.49");
        assertThat(statement.entries()).extracting(StatementEntry::amount).map(Object::toString)
                .containsExactly("-250.50", "99.99");
        assertThat(statement.entries()).extracting(StatementEntry::remittanceText)
                .containsExactly("RENT MARCH", "INVOICE 12");
    }

    @Test
    void aThirdDecimalIsKeptWhereTheBankUsesIt() throws UnreadableStatement {
        byte[] coda = new CodaBuilder().header().oldBalance(IBAN, 0, 1).movement(1, 1_234, "")
                .newBalance(1_234).trailer().bytes();

        assertThat(StatementReader.readCoda(coda).statements().get(0).entries().get(0).amount())
                .hasToString("1.234");
    }

    @Test
    void aForeignIbanIsTheAccount() throws UnreadableStatement {
        String account = String.format("%-34s", "NL91ABNA0417164300") + "EUR";
        byte[] coda = new CodaBuilder().header().oldBalance('3', account, 0, 1).newBalance(0).trailer().bytes();

        assertThat(StatementReader.readCoda(coda).statements().get(0).iban()).isEqualTo("NL91ABNA0417164300");
    }

    @Test
    void aBelgianAccountNumberIsNamedByItsIban() throws UnreadableStatement {
        String account = "539007547034 EUR0BE" + " ".repeat(18);
        byte[] coda = new CodaBuilder().header().oldBalance('0', account, 0, 1).newBalance(0).trailer().bytes();

        assertThat(StatementReader.readCoda(coda).statements().get(0).iban()).isEqualTo(IBAN);
    }

    @Test
    void theCommunicationContinuesAcrossRecordsAndTheCounterpartyComesFromRecord23() throws UnreadableStatement {
        byte[] coda = new CodaBuilder().header().oldBalance(IBAN, 0, 1)
                .line(record(1, "21", 3, "0001", 7, "0000", 32, "0", 33, "000000000010000", 48, "150324",
                        54, "00150000", 62, "0", 63, "PAYMENT OF INVOICE 2024-00042 FOR SERVICES RENDERED I",
                        116, "160324", 126, "1", 128, "0"))
                .line(record(1, "22", 3, "0001", 7, "0000", 11, "N FEBRUARY, THANK YOU", 99, "GEBABEBB", 126, "1"))
                .line(record(1, "23", 3, "0001", 7, "0000", 11, "BE71096123456769", 45, "EUR",
                        48, "ACME SPRL", 126, "0", 128, "0"))
                .newBalance(10_000).trailer().bytes();

        StatementEntry entry = StatementReader.readCoda(coda).statements().get(0).entries().get(0);

        assertThat(entry.remittanceText())
                .isEqualTo("PAYMENT OF INVOICE 2024-00042 FOR SERVICES RENDERED IN FEBRUARY, THANK YOU");
        assertThat(entry.counterpartyName()).isEqualTo("ACME SPRL");
        assertThat(entry.counterpartyAccount()).isEqualTo("BE71096123456769");
        assertThat(entry.valueDate()).hasToString("2024-03-15");
        assertThat(entry.bookingDate()).hasToString("2024-03-16");
    }

    @Test
    void aStructuredCreditorReferenceReadsAsTheBelgianOgm() throws UnreadableStatement {
        byte[] coda = new CodaBuilder().header().oldBalance(IBAN, 0, 1)
                .line(record(1, "21", 3, "0001", 7, "0000", 32, "0", 33, "000000000010000", 48, "150324",
                        54, "00150000", 62, "1", 63, "101123456789002", 116, "150324", 126, "0", 128, "0"))
                .newBalance(10_000).trailer().bytes();

        assertThat(StatementReader.readCoda(coda).statements().get(0).entries().get(0).remittanceText())
                .isEqualTo("+++123/4567/89002+++");
    }

    @Test
    void theDetailsOfAGlobalisedMovementAreNotEntriesOfTheirOwn() throws UnreadableStatement {
        byte[] coda = new CodaBuilder().header().oldBalance(IBAN, 0, 1)
                .line(record(1, "21", 3, "0001", 7, "0000", 32, "1", 33, "000000000030000", 48, "150324",
                        54, "10150000", 62, "0", 63, "SALARIES MARCH", 116, "150324", 125, "1", 126, "0"))
                .line(record(1, "21", 3, "0001", 7, "0001", 32, "1", 33, "000000000010000", 48, "150324",
                        54, "50150000", 62, "0", 116, "150324", 126, "1"))
                .line(record(1, "23", 3, "0001", 7, "0001", 11, "BE71096123456769", 48, "EMPLOYEE ONE", 126, "0"))
                .line(record(1, "21", 3, "0001", 7, "0002", 32, "1", 33, "000000000020000", 48, "150324",
                        54, "50150000", 62, "0", 116, "150324", 126, "0"))
                .newBalance(-30_000)
                .line(record(1, "9", 17, "000006", 23, "000000000030000", 38, "000000000000000", 128, "2")).bytes();

        StatementRead read = StatementReader.readCoda(coda);

        assertThat(read.statements().get(0).entries()).singleElement().satisfies(entry -> {
            assertThat(entry.amount()).hasToString("-30.00");
            assertThat(entry.counterpartyName()).isNull();
            assertThat(entry.remittanceText()).isEqualTo("SALARIES MARCH");
        });
        // The trailer's debit total is the globalised movement's, not the sum with its details.
        assertThat(read.findings()).extracting(Finding::code).doesNotContain("totals-mismatch");
    }

    @Test
    void aFileMayHoldSeveralStatements() throws UnreadableStatement {
        CodaBuilder file = new CodaBuilder().header().oldBalance(IBAN, 0, 1).newBalance(0).trailer();
        file.header().oldBalance("BE71096123456769", 5_000, 2).movement(1, 1_000, "X").newBalance(6_000).trailer();

        assertThat(StatementReader.readCoda(file.bytes()).statements()).extracting(StatementFacts::iban)
                .containsExactly(IBAN, "BE71096123456769");
    }

    @Test
    void windowsLineEndingsAndAFinalBlankLineAreFine() throws UnreadableStatement {
        String text = new CodaBuilder().header().oldBalance(IBAN, 0, 1).newBalance(0).trailer().text();

        byte[] crlf = (text.replace("\n", "\r\n") + "\r\n").getBytes(StandardCharsets.ISO_8859_1);

        assertThat(StatementReader.readCoda(crlf).statements()).hasSize(1);
    }

    @Test
    void namesWithAccentsReadInLatin1AndInUtf8() throws UnreadableStatement {
        String text = new CodaBuilder().header().oldBalance(IBAN, 0, 1)
                .line(record(1, "21", 3, "0001", 7, "0000", 32, "0", 33, "000000000001000", 48, "150324",
                        54, "00150000", 62, "0", 116, "150324", 126, "1"))
                .line(record(1, "23", 3, "0001", 7, "0000", 48, "SOCIÉTÉ GÉNÉRALE", 126, "0"))
                .newBalance(1_000).trailer().text();

        for (byte[] coda : new byte[][] {text.getBytes(StandardCharsets.ISO_8859_1),
                text.getBytes(StandardCharsets.UTF_8)}) {
            assertThat(StatementReader.readCoda(coda).statements().get(0).entries().get(0).counterpartyName())
                    .isEqualTo("SOCIÉTÉ GÉNÉRALE");
        }
    }

    @Test
    void aDuplicateFileIsReadAndFlagged() throws UnreadableStatement {
        byte[] coda = new CodaBuilder().header('2', 'D').oldBalance(IBAN, 0, 1).newBalance(0).trailer().bytes();

        assertThat(StatementReader.readCoda(coda).findings()).extracting(Finding::code).containsExactly("duplicate");
    }

    @Test
    void totalsThatDoNotAddUpAreFlaggedOnAStatementThatIsStillRead() throws UnreadableStatement {
        byte[] coda = new CodaBuilder().header().oldBalance(IBAN, 0, 1).movement(1, 5_000, "A")
                .newBalance(5_000).line(record(1, "9", 17, "000003", 23, "000000000000000", 38, "000000000009000",
                        128, "2")).bytes();

        StatementRead read = StatementReader.readCoda(coda);

        assertThat(read.statements()).hasSize(1);
        assertThat(read.findings()).extracting(Finding::code).containsExactly("totals-mismatch");
        assertThat(read.findings().get(0).message()).contains("credits 9.00", "movements 0.00 and 5.00");
    }

    @Test
    void aNewBalanceThatIsNotOpeningPlusMovementsIsFlagged() throws UnreadableStatement {
        byte[] coda = new CodaBuilder().header().oldBalance(IBAN, 0, 1).movement(1, 5_000, "A")
                .newBalance(6_000).trailer().bytes();

        assertThat(StatementReader.readCoda(coda).findings()).extracting(Finding::code)
                .containsExactly("balance-mismatch");
    }

    @Test
    void aCodaSequenceOfZerosIsNoSequence() throws UnreadableStatement {
        byte[] coda = new CodaBuilder().header().oldBalance(IBAN, 0, 0).newBalance(0).trailer().bytes();

        assertThat(StatementReader.readCoda(coda).statements().get(0).sequenceNumber()).isNull();
    }

    @Test
    void codaVersion1IsNotRead() {
        byte[] coda = new CodaBuilder().header('1', ' ').oldBalance(IBAN, 0, 1).newBalance(0).trailer().bytes();

        assertThatThrownBy(() -> StatementReader.readCoda(coda)).isInstanceOfSatisfying(UnreadableStatement.class,
                e -> assertThat(e.code()).isEqualTo("unsupported-version"));
    }

    @Test
    void aContinuationOfAnotherMovementIsRefused() {
        byte[] coda = new CodaBuilder().header().oldBalance(IBAN, 0, 1).movement(1, 1_000, "A")
                .line(record(1, "23", 3, "0002", 7, "0000", 48, "SOMEONE ELSE", 126, "0"))
                .newBalance(1_000).trailer().bytes();

        assertThatThrownBy(() -> StatementReader.readCoda(coda)).isInstanceOfSatisfying(UnreadableStatement.class,
                e -> {
                    assertThat(e.code()).isEqualTo("invalid-record");
                    assertThat(e.getMessage()).startsWith("Line 4 (record 23)");
                });
    }

    @Test
    void aMovementAfterTheNewBalanceIsRefused() {
        byte[] coda = new CodaBuilder().header().oldBalance(IBAN, 0, 1).newBalance(0).movement(1, 1_000, "LATE")
                .trailer().bytes();

        assertThatThrownBy(() -> StatementReader.readCoda(coda)).isInstanceOfSatisfying(UnreadableStatement.class,
                e -> assertThat(e.code()).isEqualTo("invalid-record"));
    }

    @Test
    void anUnknownRecordTypeIsRefused() {
        byte[] coda = new CodaBuilder().header().oldBalance(IBAN, 0, 1).line(record(1, "5")).newBalance(0)
                .trailer().bytes();

        assertThatThrownBy(() -> StatementReader.readCoda(coda)).isInstanceOfSatisfying(UnreadableStatement.class,
                e -> assertThat(e.code()).isEqualTo("invalid-record"));
    }
}
