package io.kontor.formats.invoices;

import com.helger.ubl21.UBL21Marshaller;
import com.helger.xsds.ccts.cct.schemamodule.AmountType;
import com.helger.xsds.ccts.cct.schemamodule.IdentifierType;
import com.helger.xsds.ccts.cct.schemamodule.TextType;
import io.kontor.formats.InvoiceFacts;
import io.kontor.formats.Party;
import oasis.names.specification.ubl.schema.xsd.commonaggregatecomponents_21.CustomerPartyType;
import oasis.names.specification.ubl.schema.xsd.commonaggregatecomponents_21.MonetaryTotalType;
import oasis.names.specification.ubl.schema.xsd.commonaggregatecomponents_21.PartyLegalEntityType;
import oasis.names.specification.ubl.schema.xsd.commonaggregatecomponents_21.PartyNameType;
import oasis.names.specification.ubl.schema.xsd.commonaggregatecomponents_21.PartyTaxSchemeType;
import oasis.names.specification.ubl.schema.xsd.commonaggregatecomponents_21.PartyType;
import oasis.names.specification.ubl.schema.xsd.commonaggregatecomponents_21.PaymentMeansType;
import oasis.names.specification.ubl.schema.xsd.commonaggregatecomponents_21.SupplierPartyType;
import oasis.names.specification.ubl.schema.xsd.commonaggregatecomponents_21.TaxTotalType;
import oasis.names.specification.ubl.schema.xsd.creditnote_21.CreditNoteType;
import oasis.names.specification.ubl.schema.xsd.invoice_21.InvoiceType;
import oasis.names.specification.ubl.schema.xsd.unqualifieddatatypes_21.DateType;
import org.w3c.dom.Document;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * Reads a UBL 2.1 Invoice or CreditNote (Peppol BIS Billing 3.0, XRechnung UBL) with ph-ubl, the library the Peppol
 * world validates with. ph-ubl binds from the DOM that SafeXml already parsed, so no second parser ever sees the
 * bytes; its XSD validation is off because Kontor extracts what an invoice says and leaves conformance checking to
 * the validators — a slightly off invoice must still be filed with its number and totals.
 */
final class UblInvoiceReader {

    private UblInvoiceReader() {
    }

    static InvoiceFacts readInvoice(Document dom) throws UnreadableInvoice {
        InvoiceType invoice = JaxbBinding.bind(UBL21Marshaller.invoice(), dom, "UBL 2.1");
        String currency = Values.blankToNull(invoice.getDocumentCurrencyCodeValue());
        return new InvoiceFacts(false, text(invoice.getID()), date(invoice.getIssueDate()), date(invoice.getDueDate()),
                seller(invoice.getAccountingSupplierParty()), buyer(invoice.getAccountingCustomerParty()),
                Values.blankToNull(invoice.getBuyerReferenceValue()), currency, net(invoice.getLegalMonetaryTotal()),
                tax(invoice.getTaxTotal(), currency), gross(invoice.getLegalMonetaryTotal()));
    }

    static InvoiceFacts readCreditNote(Document dom) throws UnreadableInvoice {
        CreditNoteType note = JaxbBinding.bind(UBL21Marshaller.creditNote(), dom, "UBL 2.1");
        String currency = Values.blankToNull(note.getDocumentCurrencyCodeValue());
        return new InvoiceFacts(true, text(note.getID()), date(note.getIssueDate()),
                paymentDueDate(note.getPaymentMeans()), seller(note.getAccountingSupplierParty()),
                buyer(note.getAccountingCustomerParty()), Values.blankToNull(note.getBuyerReferenceValue()), currency,
                net(note.getLegalMonetaryTotal()), tax(note.getTaxTotal(), currency),
                gross(note.getLegalMonetaryTotal()));
    }

    private static Party seller(SupplierPartyType supplier) {
        return supplier == null ? null : party(supplier.getParty());
    }

    private static Party buyer(CustomerPartyType customer) {
        return customer == null ? null : party(customer.getParty());
    }

    /** BT-27/BT-44 is the legal registration name; the trading name (BT-28/BT-45) only stands in when it is missing. */
    private static Party party(PartyType party) {
        if (party == null) {
            return null;
        }
        String name = party.getPartyLegalEntity().stream().map(PartyLegalEntityType::getRegistrationName)
                .map(UblInvoiceReader::text).filter(Objects::nonNull).findFirst()
                .orElseGet(() -> party.getPartyName().stream().map(PartyNameType::getName).map(UblInvoiceReader::text)
                        .filter(Objects::nonNull).findFirst().orElse(null));
        return new Party(name, vatId(party.getPartyTaxScheme()));
    }

    /** Only the scheme "VAT" carries the VAT id (BT-31/BT-48); a German Steuernummer sits in another scheme. */
    private static String vatId(List<PartyTaxSchemeType> schemes) {
        return schemes.stream()
                .filter(scheme -> scheme.getTaxScheme() != null && "VAT".equals(text(scheme.getTaxScheme().getID())))
                .map(scheme -> text(scheme.getCompanyID())).filter(Objects::nonNull).findFirst().orElse(null);
    }

    /** A credit note has no cbc:DueDate; EN 16931 puts its BT-9 on the payment means. */
    private static LocalDate paymentDueDate(List<PaymentMeansType> paymentMeans) {
        return paymentMeans.stream().map(PaymentMeansType::getPaymentDueDateValueLocal).filter(Objects::nonNull)
                .findFirst().orElse(null);
    }

    private static BigDecimal net(MonetaryTotalType total) {
        return total == null ? null : amount(total.getTaxExclusiveAmount());
    }

    private static BigDecimal gross(MonetaryTotalType total) {
        return total == null ? null : amount(total.getTaxInclusiveAmount());
    }

    /**
     * BT-110 is the tax total in the invoice currency. An invoice may add a second TaxTotal in the tax currency
     * (BT-111); that one is not the total the invoice is booked with.
     */
    private static BigDecimal tax(List<TaxTotalType> totals, String currency) {
        return totals.stream().map(TaxTotalType::getTaxAmount).filter(Objects::nonNull)
                .filter(amount -> currency == null || amount.getCurrencyID() == null
                        || currency.equals(amount.getCurrencyID()))
                .map(AmountType::getValue).filter(Objects::nonNull).findFirst().orElse(null);
    }

    private static BigDecimal amount(AmountType amount) {
        return amount == null ? null : amount.getValue();
    }

    private static LocalDate date(DateType date) {
        // A value that is no xsd:date binds as an empty date, not as a failed read.
        return date == null || date.getValue() == null ? null : date.getValueLocal();
    }

    private static String text(IdentifierType id) {
        return id == null ? null : Values.blankToNull(id.getValue());
    }

    private static String text(TextType text) {
        return text == null ? null : Values.blankToNull(text.getValue());
    }
}
