package io.kontor.documents.intake;

import io.kontor.documents.DocumentDetails;
import io.kontor.events.documents.DocumentType;
import io.kontor.formats.InvoiceFacts;
import io.kontor.formats.Party;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class MergedDetailsTest {

    private static final InvoiceFacts INVOICE = new InvoiceFacts(false, "2026-001", LocalDate.parse("2026-01-14"),
            LocalDate.parse("2026-02-13"), new Party("Molen Meel NV", "BE0123456749"),
            new Party("Bakkerij De Vries BV", "NL123456789B01"), "04011000-12345-34", "EUR",
            new BigDecimal("100.00"), new BigDecimal("21.00"), new BigDecimal("121.00"));

    @Test
    void theCounterpartyIsTheSellerOfAPurchaseAndTheBuyerOfASale() {
        assertThat(ReadDetails.of(INVOICE, DocumentType.PURCHASE_INVOICE).counterpartyName())
                .isEqualTo("Molen Meel NV");
        assertThat(ReadDetails.of(INVOICE, DocumentType.SALES_INVOICE).counterpartyVat())
                .isEqualTo("NL123456789B01");
    }

    @Test
    void emptyFieldsTakeTheFilesValuesAndTheUploadersStay() {
        DocumentDetails uploaded = new DocumentDetails(null, null, null, null, null, null, null, null,
                new BigDecimal("121"), "paid by card");

        MergedDetails merged = MergedDetails.of(uploaded, ReadDetails.of(INVOICE, DocumentType.PURCHASE_INVOICE));

        assertThat(merged.details().documentNumber()).isEqualTo("2026-001");
        assertThat(merged.details().counterpartyVat()).isEqualTo("BE0123456749");
        assertThat(merged.details().grossAmount()).isEqualByComparingTo("121.00");
        assertThat(merged.details().note()).isEqualTo("paid by card");
        assertThat(merged.disagreements()).isEmpty();
    }

    @Test
    void whereTheUploaderAndTheFileDisagreeTheUploaderStaysAndTheFieldIsNamed() {
        DocumentDetails uploaded = new DocumentDetails("2026-01", null, null, "molen meel nv", null, null, null,
                null, new BigDecimal("212.00"), null);

        MergedDetails merged = MergedDetails.of(uploaded, ReadDetails.of(INVOICE, DocumentType.PURCHASE_INVOICE));

        assertThat(merged.details().documentNumber()).isEqualTo("2026-01");
        assertThat(merged.details().grossAmount()).isEqualByComparingTo("212.00");
        assertThat(merged.disagreements()).containsExactly("documentNumber", "grossAmount");
    }
}
