package io.kontor.formats.statements;

import java.nio.charset.StandardCharsets;

/** Writes small camt.053 messages for tests, from the parts a test is about. */
final class CamtXml {

    static final String IBAN = "DE89370400440532013000";

    private CamtXml() {
    }

    static byte[] document(String version, String... statements) {
        return (head(version) + String.join("", statements) + tail()).getBytes(StandardCharsets.UTF_8);
    }

    static String head(String version) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                + "<Document xmlns=\"urn:iso:std:iso:20022:tech:xsd:camt.053.001." + version + "\"><BkToCstmrStmt>"
                + "<GrpHdr><MsgId>MSG-1</MsgId><CreDtTm>2024-03-15T18:00:00</CreDtTm></GrpHdr>";
    }

    static String tail() {
        return "</BkToCstmrStmt></Document>";
    }

    /** A statement of {@link #IBAN} in EUR, with whatever balances, entries or numbers the test adds. */
    static String statement(String content) {
        return "<Stmt><Id>STMT-1</Id><CreDtTm>2024-03-15T18:00:00</CreDtTm>"
                + "<Acct><Id><IBAN>" + IBAN + "</IBAN></Id><Ccy>EUR</Ccy></Acct>" + content + "</Stmt>";
    }

    static String balance(String code, String amount, String indicator) {
        return "<Bal><Tp><CdOrPrtry><Cd>" + code + "</Cd></CdOrPrtry></Tp><Amt Ccy=\"EUR\">" + amount + "</Amt>"
                + "<CdtDbtInd>" + indicator + "</CdtDbtInd><Dt><Dt>2024-03-15</Dt></Dt></Bal>";
    }

    static String entry(String amount, String indicator, String details) {
        return "<Ntry><Amt Ccy=\"EUR\">" + amount + "</Amt><CdtDbtInd>" + indicator + "</CdtDbtInd><Sts>BOOK</Sts>"
                + "<BookgDt><Dt>2024-03-15</Dt></BookgDt><ValDt><Dt>2024-03-15</Dt></ValDt>"
                + "<BkTxCd/>" + details + "</Ntry>";
    }

    /** Both parties, as most banks write them whatever the direction. */
    static String parties(String remittance) {
        return "<NtryDtls><TxDtls><RltdPties>"
                + "<Dbtr><Nm>Payer GmbH</Nm></Dbtr><DbtrAcct><Id><IBAN>DE02120300000000202051</IBAN></Id></DbtrAcct>"
                + "<Cdtr><Nm>Payee AG</Nm></Cdtr><CdtrAcct><Id><IBAN>DE02500105170137075030</IBAN></Id></CdtrAcct>"
                + "</RltdPties>" + remittance + "</TxDtls></NtryDtls>";
    }
}
