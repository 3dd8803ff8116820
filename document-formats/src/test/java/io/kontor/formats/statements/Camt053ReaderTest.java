package io.kontor.formats.statements;

import io.kontor.formats.StatementEntry;
import io.kontor.formats.StatementFacts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static io.kontor.formats.statements.CamtXml.balance;
import static io.kontor.formats.statements.CamtXml.document;
import static io.kontor.formats.statements.CamtXml.entry;
import static io.kontor.formats.statements.CamtXml.parties;
import static io.kontor.formats.statements.CamtXml.statement;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class Camt053ReaderTest {

    @Test
    void theCounterpartyIsTheOtherPartyOfTheEntrysDirection() throws UnreadableStatement {
        byte[] camt = document("08", statement(entry("10.00", "CRDT", parties(""))
                + entry("4.00", "DBIT", parties(""))));

        List<StatementEntry> entries = only(camt).entries();

        assertThat(entries.get(0)).extracting(StatementEntry::amount, StatementEntry::counterpartyName,
                StatementEntry::counterpartyAccount).containsExactly(new BigDecimal("10.00"), "Payer GmbH",
                "DE02120300000000202051");
        assertThat(entries.get(1)).extracting(StatementEntry::amount, StatementEntry::counterpartyName,
                StatementEntry::counterpartyAccount).containsExactly(new BigDecimal("-4.00"), "Payee AG",
                "DE02500105170137075030");
    }

    @Test
    void unstructuredRemittanceLinesAreJoined() throws UnreadableStatement {
        byte[] camt = document("02", statement(entry("10.00", "CRDT",
                parties("<RmtInf><Ustrd>Invoice 2024-17</Ustrd><Ustrd>customer 4711</Ustrd></RmtInf>"))));

        assertThat(only(camt).entries().get(0).remittanceText()).isEqualTo("Invoice 2024-17 customer 4711");
    }

    @Test
    void aBatchBookingHasNoSingleCounterpartyAndKeepsTheBanksNote() throws UnreadableStatement {
        String batch = "<NtryDtls><Btch><NbOfTxs>2</NbOfTxs></Btch>"
                + "<TxDtls><RltdPties><Cdtr><Nm>One</Nm></Cdtr></RltdPties></TxDtls>"
                + "<TxDtls><RltdPties><Cdtr><Nm>Two</Nm></Cdtr></RltdPties></TxDtls></NtryDtls>"
                + "<AddtlNtryInf>SEPA collective transfer, 2 items</AddtlNtryInf>";

        StatementEntry entry = only(document("04", statement(entry("30.00", "DBIT", batch)))).entries().get(0);

        assertThat(entry.counterpartyName()).isNull();
        assertThat(entry.remittanceText()).isEqualTo("SEPA collective transfer, 2 items");
    }

    @Test
    void aStatementThatContinuesAnotherOpensWithTheBalanceCarriedOver() throws UnreadableStatement {
        byte[] camt = document("02", statement(balance("PRCD", "100.00", "DBIT") + balance("CLBD", "90.00", "DBIT")
                + entry("10.00", "CRDT", "")));

        StatementFacts statement = only(camt);

        assertThat(statement.openingBalance()).hasToString("-100.00");
        assertThat(statement.closingBalance()).hasToString("-90.00");
    }

    @Test
    void theLegalSequenceNumberServesWhenThereIsNoElectronicOne() throws UnreadableStatement {
        byte[] camt = document("02", statement("<LglSeqNb>41</LglSeqNb>"));

        assertThat(only(camt).sequenceNumber()).isEqualTo(41L);
    }

    @ParameterizedTest
    @ValueSource(strings = {"03", "05", "06", "07", "09", "10"})
    void neighbouringVersionsAreRead(String version) throws UnreadableStatement {
        assertThat(only(document(version, statement(entry("1.00", "CRDT", "")))).entryCount()).isEqualTo(1);
    }

    @ParameterizedTest
    @ValueSource(strings = {"01", "11"})
    void versionsOutsideTheReadRangeAreRefused(String version) {
        assertThatThrownBy(() -> StatementReader.readCamt053(document(version, statement(""))))
                .isInstanceOfSatisfying(UnreadableStatement.class,
                        e -> assertThat(e.code()).isEqualTo("unsupported-version"));
    }

    @Test
    void anIntradayReportIsNotAStatement() {
        byte[] camt052 = new String(document("08", statement("")), StandardCharsets.UTF_8)
                .replace("camt.053.001.08", "camt.052.001.08").getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> StatementReader.readCamt053(camt052)).isInstanceOfSatisfying(
                UnreadableStatement.class, e -> assertThat(e.code()).isEqualTo("not-camt053"));
    }

    @Test
    void aPrefixedNamespaceReadsTheSame() throws UnreadableStatement {
        String prefixed = new String(document("08", statement(entry("1.00", "CRDT", ""))), StandardCharsets.UTF_8)
                .replaceAll("<(/?)(\\w+)", "<$1c:$2").replace("<c:Document xmlns=", "<c:Document xmlns:c=");

        assertThat(only(prefixed.getBytes(StandardCharsets.UTF_8)).entryCount()).isEqualTo(1);
    }

    @Test
    void elementsOfAnotherNamespaceDoNotPassForEntries() throws UnreadableStatement {
        byte[] camt = document("08", statement("<x:Ntry xmlns:x=\"urn:example:other\"><x:Amt>1</x:Amt></x:Ntry>"));

        assertThat(only(camt).entryCount()).isZero();
    }

    @Test
    void anEntryThatDoesNotSayCreditOrDebitIsRefused() {
        byte[] camt = document("08", statement("<Ntry><Amt Ccy=\"EUR\">5.00</Amt></Ntry>"));

        assertThatThrownBy(() -> StatementReader.readCamt053(camt)).isInstanceOfSatisfying(UnreadableStatement.class,
                e -> {
                    assertThat(e.code()).isEqualTo("invalid-statement");
                    assertThat(e.getMessage()).contains("'STMT-1', entry 1", "credit or a debit");
                });
    }

    @Test
    void aStatementWithoutAnAccountIsRefused() {
        byte[] camt = document("08", "<Stmt><Id>S</Id></Stmt>");

        assertThatThrownBy(() -> StatementReader.readCamt053(camt)).isInstanceOfSatisfying(UnreadableStatement.class,
                e -> assertThat(e.code()).isEqualTo("invalid-statement"));
    }

    @Test
    void aDateThatDoesNotExistIsRefused() {
        byte[] camt = document("08", statement(entry("1.00", "CRDT", "").replace("<BookgDt><Dt>2024-03-15",
                "<BookgDt><Dt>2024-02-30")));

        assertThatThrownBy(() -> StatementReader.readCamt053(camt)).isInstanceOfSatisfying(UnreadableStatement.class,
                e -> assertThat(e.code()).isEqualTo("invalid-statement"));
    }

    private static StatementFacts only(byte[] camt) throws UnreadableStatement {
        StatementRead read = StatementReader.readCamt053(camt);
        assertThat(read.statements()).hasSize(1);
        return read.statements().get(0);
    }
}
