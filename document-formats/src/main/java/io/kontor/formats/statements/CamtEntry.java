package io.kontor.formats.statements;

import io.kontor.formats.StatementEntry;
import org.w3c.dom.Element;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.StringJoiner;

/** Reads one camt.053 {@code Ntry} into a {@link StatementEntry}. */
final class CamtEntry {

    private final CamtTree tree;

    CamtEntry(CamtTree tree) {
        this.tree = tree;
    }

    StatementEntry read(Element ntry, String where) throws UnreadableStatement {
        Element amount = tree.child(ntry, "Amt");
        if (amount == null) {
            throw CamtValues.invalid(where + " has no amount");
        }
        String indicator = tree.text(ntry, "CdtDbtInd");
        if (indicator == null) {
            // Unlike a balance, an entry's direction is never guessed: a wrong sign would be booked.
            throw CamtValues.invalid(where + " does not say whether it is a credit or a debit");
        }
        BigDecimal signed = CamtValues.signed(CamtValues.amount(amount.getTextContent().trim(), where), indicator,
                where);
        boolean credit = "CRDT".equals(indicator);

        // An entry that books a batch carries one TxDtls per transaction: no single counterparty or text is its own.
        Element transaction = onlyTransaction(ntry);
        return new StatementEntry(
                date(ntry, "BookgDt", where),
                date(ntry, "ValDt", where),
                signed,
                CamtValues.currency(amount, where),
                StatementText.clean(counterpartyName(transaction, credit), StatementText.MAX_NAME),
                StatementText.clean(counterpartyAccount(transaction, credit), StatementText.MAX_ACCOUNT),
                StatementText.clean(remittance(ntry, transaction), StatementText.MAX_REMITTANCE));
    }

    private LocalDate date(Element ntry, String name, String where) throws UnreadableStatement {
        String date = tree.text(ntry, name, "Dt");
        return CamtValues.date(date != null ? date : tree.text(ntry, name, "DtTm"), where);
    }

    private Element onlyTransaction(Element ntry) {
        List<Element> transactions = new ArrayList<>();
        for (Element details : tree.children(ntry, "NtryDtls")) {
            transactions.addAll(tree.children(details, "TxDtls"));
        }
        return transactions.size() == 1 ? transactions.get(0) : null;
    }

    /** The other party: on a credit the one who paid (Dbtr), on a debit the one paid (Cdtr). */
    private String counterpartyName(Element transaction, boolean credit) {
        String role = credit ? "Dbtr" : "Cdtr";
        String name = tree.text(transaction, "RltdPties", role, "Nm");
        // From camt.053.001.07 on, the party sits one level down, in Pty (an Agt may stand there instead).
        return name != null ? name : tree.text(transaction, "RltdPties", role, "Pty", "Nm");
    }

    private String counterpartyAccount(Element transaction, boolean credit) {
        String role = credit ? "DbtrAcct" : "CdtrAcct";
        String iban = tree.text(transaction, "RltdPties", role, "Id", "IBAN");
        return iban != null ? iban : tree.text(transaction, "RltdPties", role, "Id", "Othr", "Id");
    }

    /**
     * The unstructured lines joined; else the creditor reference, which is what a payer quotes when there is no
     * text (and what CODA's structured communication carries too); else the bank's note on the entry.
     */
    private String remittance(Element ntry, Element transaction) {
        Element remittance = tree.child(transaction, "RmtInf");
        StringJoiner lines = new StringJoiner(" ");
        for (Element line : tree.children(remittance, "Ustrd")) {
            if (!line.getTextContent().isBlank()) {
                lines.add(line.getTextContent());
            }
        }
        if (lines.length() > 0) {
            return lines.toString();
        }
        String reference = tree.text(remittance, "Strd", "CdtrRefInf", "Ref");
        return reference != null ? reference : tree.text(ntry, "AddtlNtryInf");
    }
}
