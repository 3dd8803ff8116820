package io.kontor.documents.intake;

import io.kontor.events.documents.DocumentType;
import io.kontor.formats.DocumentFormat;
import io.kontor.formats.InvoiceFacts;
import io.kontor.formats.Party;
import io.kontor.formats.ReadDocument;
import io.kontor.formats.StatementFacts;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class FolderSuggestionTest {

    private static final String CLIENT_VAT = "BE0403170701";

    private static ReadDocument invoice(String sellerVat, String buyerVat) {
        InvoiceFacts facts = new InvoiceFacts(false, "INV-1", LocalDate.parse("2026-01-02"), null,
                new Party("Seller NV", sellerVat), new Party("Buyer BV", buyerVat), null, "EUR",
                new BigDecimal("100.00"), new BigDecimal("21.00"), new BigDecimal("121.00"));
        return new ReadDocument(DocumentFormat.UBL_INVOICE, Optional.of(facts), List.of(), List.of());
    }

    @Test
    void anInvoiceToTheClientIsAPurchaseOneFromTheClientASale() {
        assertThat(FolderSuggestion.of(invoice("NL123456789B01", "BE 0403.170.701"), CLIENT_VAT))
                .contains(DocumentType.PURCHASE_INVOICE);
        assertThat(FolderSuggestion.of(invoice("be0403170701", "NL123456789B01"), CLIENT_VAT))
                .contains(DocumentType.SALES_INVOICE);
    }

    @Test
    void anInvoiceBetweenOthersOrWithoutVatIdsDecidesNothing() {
        assertThat(FolderSuggestion.of(invoice("NL123456789B01", "DE123456789"), CLIENT_VAT)).isEmpty();
        assertThat(FolderSuggestion.of(invoice(null, null), CLIENT_VAT)).isEmpty();
        assertThat(FolderSuggestion.of(invoice("NL123456789B01", CLIENT_VAT), null)).isEmpty();
    }

    @Test
    void aReadStatementIsAMovementReportAnUnreadOneDecidesNothing() {
        StatementFacts statement = new StatementFacts("BE68539007547034", "EUR", "1", 1L, null, null,
                BigDecimal.ZERO, BigDecimal.ONE, List.of());

        assertThat(FolderSuggestion.of(new ReadDocument(DocumentFormat.CODA, Optional.empty(), List.of(statement),
                List.of()), CLIENT_VAT)).contains(DocumentType.MOVEMENT_REPORT);
        assertThat(FolderSuggestion.of(new ReadDocument(DocumentFormat.CAMT053, Optional.empty(), List.of(),
                List.of()), CLIENT_VAT)).isEmpty();
        assertThat(FolderSuggestion.of(new ReadDocument(DocumentFormat.PDF, Optional.empty(), List.of(),
                List.of()), CLIENT_VAT)).isEmpty();
    }
}
