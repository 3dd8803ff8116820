package io.kontor.formats.statements;

import io.kontor.formats.Finding;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Random;

import static io.kontor.formats.statements.CamtXml.document;
import static io.kontor.formats.statements.CamtXml.entry;
import static io.kontor.formats.statements.CamtXml.statement;
import static io.kontor.formats.statements.CodaBuilder.record;
import static java.util.concurrent.TimeUnit.SECONDS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * One test per attack on the statement readers. Each must end in a refusal with a finding, or a read that stayed
 * within bounds, never in another exception; the timeout guards against a hang.
 */
@Timeout(value = 10, unit = SECONDS)
class HostileStatementInputTest {

    private static final String IBAN = "BE68539007547034";

    @Test
    void anExternalEntityInACamtIsRefusedBeforeAnythingIsFetched() {
        byte[] xxe = utf8("<?xml version=\"1.0\"?><!DOCTYPE Document [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>"
                + new String(document("08", statement("<AddtlStmtInf>&xxe;</AddtlStmtInf>")), StandardCharsets.UTF_8)
                .replaceFirst("<\\?xml[^>]*>", ""));

        UnreadableStatement refusal = refused(() -> StatementReader.readCamt053(xxe));

        assertThat(refusal.code()).isEqualTo("unsafe-xml");
        assertThat(refusal.getMessage()).contains("DOCTYPE").doesNotContain("root:");
    }

    @Test
    void anExternalDtdIsRefused() {
        byte[] dtd = utf8("<?xml version=\"1.0\"?><!DOCTYPE Document SYSTEM \"http://attacker.example/camt.dtd\">"
                + "<Document xmlns=\"urn:iso:std:iso:20022:tech:xsd:camt.053.001.08\"/>");

        assertThat(refused(() -> StatementReader.readCamt053(dtd)).code()).isEqualTo("unsafe-xml");
    }

    @Test
    void billionLaughsIsRefused() {
        StringBuilder entities = new StringBuilder("<!ENTITY lol0 \"lol\">");
        for (int i = 1; i < 10; i++) {
            entities.append("<!ENTITY lol").append(i).append(" \"").append(("&lol" + (i - 1) + ";").repeat(10))
                    .append("\">");
        }
        byte[] laughs = utf8("<?xml version=\"1.0\"?><!DOCTYPE Document [" + entities + "]>"
                + "<Document xmlns=\"urn:iso:std:iso:20022:tech:xsd:camt.053.001.08\">&lol9;</Document>");

        assertThat(refused(() -> StatementReader.readCamt053(laughs)).code()).isEqualTo("unsafe-xml");
    }

    @Test
    void deeplyNestedXmlIsRefused() {
        byte[] deep = document("08", statement("<AddtlStmtInf>" + "<x>".repeat(100_000) + "</x>".repeat(100_000)
                + "</AddtlStmtInf>"));

        UnreadableStatement refusal = refused(() -> StatementReader.readCamt053(deep));

        assertThat(refusal.code()).isEqualTo("unsafe-xml");
        assertThat(refusal.getMessage()).contains("nests deeper");
    }

    @Test
    void aHugeAttributeValueIsRefusedWithoutBeingRepeated() {
        byte[] huge = document("08", statement("<Ntry><Amt Ccy=\"" + "E".repeat(8 * 1024 * 1024)
                + "\">1.00</Amt><CdtDbtInd>CRDT</CdtDbtInd></Ntry>"));

        UnreadableStatement refusal = refused(() -> StatementReader.readCamt053(huge));

        // SafeXml refuses it before the reader sees it: no attribute of a statement is anywhere near this long.
        assertThat(refusal.code()).isEqualTo("unsafe-xml");
        assertThat(refusal.getMessage()).hasSizeLessThan(300);
    }

    @Test
    void aHugeNameIsCutNotCarried() throws UnreadableStatement {
        String details = "<NtryDtls><TxDtls><RltdPties><Dbtr><Nm>" + "N".repeat(4 * 1024 * 1024)
                + "</Nm></Dbtr></RltdPties></TxDtls></NtryDtls>";

        StatementRead read = StatementReader.readCamt053(document("08", statement(entry("1.00", "CRDT", details))));

        assertThat(read.statements().get(0).entries().get(0).counterpartyName()).hasSize(StatementText.MAX_NAME);
    }

    @Test
    void anAmountWithAnEnormousExponentIsRefused() {
        byte[] exponent = document("08", statement(entry("1E999999999", "CRDT", "")));

        assertThat(refused(() -> StatementReader.readCamt053(exponent)).code()).isEqualTo("invalid-statement");
    }

    @Test
    void aCamtWithAMillionEntriesIsRefusedForItsSizeBeforeParsing() {
        byte[] million = camtWithEntries(1_000_000, entry("12.34", "CRDT", ""));

        UnreadableStatement refusal = refused(() -> StatementReader.readCamt053(million));

        assertThat(refusal.code()).isEqualTo("too-large");
    }

    @Test
    void aCamtWithOneEntryMoreThanTheCapIsRefused() {
        byte[] overCap = camtWithEntries(StatementReader.MAX_ENTRIES + 1,
                "<Ntry><Amt Ccy=\"EUR\">1</Amt><CdtDbtInd>CRDT</CdtDbtInd></Ntry>");

        UnreadableStatement refusal = refused(() -> StatementReader.readCamt053(overCap));

        assertThat(refusal.code()).isEqualTo("too-many-entries");
    }

    @Test
    void randomBytesAreNotACamt() {
        assertThat(refused(() -> StatementReader.readCamt053(randomBytes())).code()).isEqualTo("unsafe-xml");
    }

    @Test
    void anEmptyCamtIsRefused() {
        assertThat(refused(() -> StatementReader.readCamt053(new byte[0])).code()).isEqualTo("empty");
    }

    @Test
    void aCodaCutMidRecordIsTruncated() {
        byte[] whole = validCoda().bytes();
        byte[] cut = Arrays.copyOf(whole, whole.length - 60);

        UnreadableStatement refusal = refused(() -> StatementReader.readCoda(cut));

        assertThat(refusal.code()).isEqualTo("truncated");
    }

    @Test
    void aCodaWithoutItsTrailerIsTruncated() {
        byte[] noTrailer = new CodaBuilder().header().oldBalance(IBAN, 0, 1).movement(1, 1_000, "A")
                .newBalance(1_000).bytes();

        assertThat(refused(() -> StatementReader.readCoda(noTrailer)).code()).isEqualTo("truncated");
    }

    @Test
    void aCodaWithoutItsNewBalanceIsTruncated() {
        byte[] noNewBalance = new CodaBuilder().header().oldBalance(IBAN, 0, 1).movement(1, 1_000, "A").trailer()
                .bytes();

        assertThat(refused(() -> StatementReader.readCoda(noNewBalance)).code()).isEqualTo("truncated");
    }

    @Test
    void aCodaWithALineOfTheWrongLengthIsRefused() {
        String movement = new String(new CodaBuilder().movement(1, 1_000, "A").bytes(), StandardCharsets.ISO_8859_1)
                .strip();
        byte[] shortLine = new CodaBuilder().header().oldBalance(IBAN, 0, 1).line(movement.substring(0, 127))
                .newBalance(1_000).trailer().bytes();

        UnreadableStatement refusal = refused(() -> StatementReader.readCoda(shortLine));

        assertThat(refusal.code()).isEqualTo("invalid-record");
        assertThat(refusal.getMessage()).contains("Line 3 has 127 characters");
    }

    @Test
    void aCodaWithANonNumericAmountIsRefused() {
        byte[] letters = new CodaBuilder().header().oldBalance(IBAN, 0, 1)
                .line(record(1, "21", 3, "0001", 7, "0000", 32, "0", 33, "00000000001O000", 48, "150324",
                        62, "0", 116, "150324", 126, "0"))
                .newBalance(1_000).trailer().bytes();

        UnreadableStatement refusal = refused(() -> StatementReader.readCoda(letters));

        assertThat(refusal.code()).isEqualTo("invalid-record");
        assertThat(refusal.getMessage()).contains("Line 3 (record 21)", "amount");
    }

    @Test
    void aCodaWithAWrongRecordCountIsReadAndFlagged() throws UnreadableStatement {
        byte[] miscounted = new CodaBuilder().header().oldBalance(IBAN, 0, 1).newBalance(0)
                .line(record(1, "9", 17, "000099", 23, "000000000000000", 38, "000000000000000", 128, "2")).bytes();

        StatementRead read = StatementReader.readCoda(miscounted);

        assertThat(read.statements()).hasSize(1);
        assertThat(read.findings()).extracting(Finding::code).containsExactly("record-count-mismatch");
    }

    @Test
    void aCodaOfOneEndlessLineIsRefused() {
        byte[] endless = ("0" + "0".repeat(10 * 1024 * 1024)).getBytes(StandardCharsets.ISO_8859_1);

        assertThat(refused(() -> StatementReader.readCoda(endless)).code()).isEqualTo("invalid-record");
    }

    @Test
    void aCodaWithOneMovementMoreThanTheCapIsRefused() {
        CodaBuilder coda = new CodaBuilder().header().oldBalance(IBAN, 0, 1);
        for (int i = 1; i <= StatementReader.MAX_ENTRIES + 1; i++) {
            coda.movement(i % 10_000, 1_000, "");
        }
        byte[] overCap = coda.newBalance(0).trailer().bytes();

        assertThat(refused(() -> StatementReader.readCoda(overCap)).code()).isEqualTo("too-many-entries");
    }

    @Test
    void randomBytesAreNotACoda() {
        assertThat(refused(() -> StatementReader.readCoda(randomBytes())).code()).isEqualTo("not-coda");
    }

    @Test
    void randomBytesAfterAHeaderDigitAreRefused() {
        byte[] bytes = randomBytes();
        bytes[0] = '0';

        assertThat(refused(() -> StatementReader.readCoda(bytes)).code()).isIn("invalid-record", "truncated");
    }

    @Test
    void anEmptyCodaIsRefused() {
        assertThat(refused(() -> StatementReader.readCoda(new byte[0])).code()).isEqualTo("empty");
    }

    private static UnreadableStatement refused(ThrowingCallable read) {
        Throwable thrown = catchThrowable(read);
        assertThat(thrown).isInstanceOf(UnreadableStatement.class);
        UnreadableStatement refusal = (UnreadableStatement) thrown;
        // The finding is what callers pass on: the same code and words as the exception.
        assertThat(refusal.finding()).isEqualTo(new Finding(refusal.code(), refusal.getMessage()));
        return refusal;
    }

    /** Written straight into one array: the test should spend its time in the reader, not in building input. */
    private static byte[] camtWithEntries(int count, String entry) {
        String[] parts = new String(document("08", statement("<Ntry/>")), StandardCharsets.UTF_8).split("<Ntry/>");
        byte[] head = utf8(parts[0]);
        byte[] one = utf8(entry);
        byte[] tail = utf8(parts[1]);
        byte[] camt = new byte[head.length + count * one.length + tail.length];
        System.arraycopy(head, 0, camt, 0, head.length);
        for (int i = 0; i < count; i++) {
            System.arraycopy(one, 0, camt, head.length + i * one.length, one.length);
        }
        System.arraycopy(tail, 0, camt, camt.length - tail.length, tail.length);
        return camt;
    }

    private static CodaBuilder validCoda() {
        return new CodaBuilder().header().oldBalance(IBAN, 0, 1).movement(1, 1_000, "A").newBalance(1_000)
                .trailer();
    }

    private static byte[] randomBytes() {
        byte[] bytes = new byte[64 * 1024];
        new Random(20240315).nextBytes(bytes);
        bytes[0] = 'x';
        return bytes;
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
