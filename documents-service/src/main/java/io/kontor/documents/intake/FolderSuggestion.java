package io.kontor.documents.intake;

import io.kontor.documents.VatNumber;
import io.kontor.events.documents.DocumentType;
import io.kontor.formats.DocumentFormat;
import io.kontor.formats.InvoiceFacts;
import io.kontor.formats.Party;
import io.kontor.formats.ReadDocument;

import java.util.Optional;

/**
 * The folder a file's own content decides (issue 7): an invoice whose buyer is the client (by VAT id) is a purchase
 * invoice, one whose seller is the client a sales invoice; a bank statement is a movement report. Credit notes go
 * where their invoices go. Anything else decides nothing, and the uploader's type is needed.
 */
public final class FolderSuggestion {

    private FolderSuggestion() {
    }

    public static Optional<DocumentType> of(ReadDocument read, String clientVat) {
        if (read.format() == DocumentFormat.CAMT053 || read.format() == DocumentFormat.CODA) {
            return read.statements().isEmpty() ? Optional.empty() : Optional.of(DocumentType.MOVEMENT_REPORT);
        }
        return read.invoice().flatMap(invoice -> byParty(invoice, clientVat));
    }

    private static Optional<DocumentType> byParty(InvoiceFacts invoice, String clientVat) {
        if (isClient(invoice.buyer(), clientVat)) {
            return Optional.of(DocumentType.PURCHASE_INVOICE);
        }
        if (isClient(invoice.seller(), clientVat)) {
            return Optional.of(DocumentType.SALES_INVOICE);
        }
        return Optional.empty();
    }

    private static boolean isClient(Party party, String clientVat) {
        return party != null && party.vatId() != null && clientVat != null
                && VatNumber.normalize(party.vatId()).equals(VatNumber.normalize(clientVat));
    }
}
