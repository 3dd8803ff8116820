package io.kontor.documents.intake;

import io.kontor.documents.DocumentDetails;
import io.kontor.documents.DocumentFlag;
import io.kontor.events.documents.DocumentType;
import io.kontor.formats.DocumentFormat;
import io.kontor.formats.Finding;
import io.kontor.formats.InvoiceFacts;
import io.kontor.formats.Party;
import io.kontor.formats.ReadDocument;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class IntakeDecisionTest {

    private static final String CLIENT_VAT = "NL123456789B01";
    private static final ReadDocument PURCHASE = new ReadDocument(DocumentFormat.HYBRID_PDF_INVOICE,
            Optional.of(new InvoiceFacts(false, "2026-001", LocalDate.parse("2026-01-14"), null,
                    new Party("Molen Meel NV", "BE0123456749"), new Party("Bakkerij De Vries BV", CLIENT_VAT), null,
                    "EUR", new BigDecimal("100.00"), new BigDecimal("21.00"), new BigDecimal("121.00"))),
            List.of(), List.of());

    @Test
    void withoutATypeTheFileDecidesTheFolderAndFillsTheMetadata() {
        IntakeDecision decision = IntakeDecision.decide(null, DocumentDetails.NONE, PURCHASE, CLIENT_VAT);

        assertThat(decision.type()).isEqualTo(DocumentType.PURCHASE_INVOICE);
        assertThat(decision.details().documentNumber()).isEqualTo("2026-001");
        assertThat(decision.details().counterpartyName()).isEqualTo("Molen Meel NV");
        assertThat(decision.flags()).isEmpty();
    }

    @Test
    void aTypeOrAFieldThatContradictsTheFileIsKeptAndFlagged() {
        DocumentDetails uploaded = new DocumentDetails(null, null, null, null, null, null, null, null,
                new BigDecimal("112.00"), null);

        IntakeDecision decision = IntakeDecision.decide(DocumentType.SALES_INVOICE, uploaded, PURCHASE, CLIENT_VAT);

        assertThat(decision.type()).isEqualTo(DocumentType.SALES_INVOICE);
        assertThat(decision.details().grossAmount()).isEqualByComparingTo("112.00");
        assertThat(decision.flags()).extracting(DocumentFlag::code)
                .containsExactly("type-contradicts-file", "field-contradicts-file");
        assertThat(decision.flags().get(1).message()).contains("grossAmount", "112.00", "121.00");
    }

    @Test
    void aFileThatDecidesNothingNeedsAType() {
        ReadDocument plainPdf = new ReadDocument(DocumentFormat.PDF, Optional.empty(), List.of(), List.of());

        assertThatThrownBy(() -> IntakeDecision.decide(null, DocumentDetails.NONE, plainPdf, CLIENT_VAT))
                .isInstanceOf(TypeRequired.class).hasMessageContaining("PDF");
        assertThat(IntakeDecision.decide(DocumentType.OTHER, DocumentDetails.NONE, plainPdf, CLIENT_VAT).type())
                .isEqualTo(DocumentType.OTHER);
    }

    @Test
    void whatTheReadingFoundBecomesAFlag() {
        ReadDocument refused = new ReadDocument(DocumentFormat.UNKNOWN, Optional.empty(), List.of(),
                List.of(new Finding("unsafe-xml", "the XML declares a DOCTYPE")));

        assertThat(IntakeDecision.decide(DocumentType.OTHER, DocumentDetails.NONE, refused, CLIENT_VAT).flags())
                .containsExactly(new DocumentFlag("unsafe-xml", "the XML declares a DOCTYPE"));
    }
}
