package io.kontor.formats.invoices;

import com.helger.cii.d16b.CIID16BCrossIndustryInvoiceTypeMarshaller;
import io.kontor.formats.InvoiceFacts;
import io.kontor.formats.Party;
import org.w3c.dom.Document;
import un.unece.uncefact.data.standard.crossindustryinvoice._100.CrossIndustryInvoiceType;
import un.unece.uncefact.data.standard.reusableaggregatebusinessinformationentity._100.ExchangedDocumentType;
import un.unece.uncefact.data.standard.reusableaggregatebusinessinformationentity._100.HeaderTradeAgreementType;
import un.unece.uncefact.data.standard.reusableaggregatebusinessinformationentity._100.HeaderTradeSettlementType;
import un.unece.uncefact.data.standard.reusableaggregatebusinessinformationentity._100.SupplyChainTradeTransactionType;
import un.unece.uncefact.data.standard.reusableaggregatebusinessinformationentity._100.TradePartyType;
import un.unece.uncefact.data.standard.reusableaggregatebusinessinformationentity._100.TradePaymentTermsType;
import un.unece.uncefact.data.standard.reusableaggregatebusinessinformationentity._100.TradeSettlementHeaderMonetarySummationType;
import un.unece.uncefact.data.standard.unqualifieddatatype._100.AmountType;
import un.unece.uncefact.data.standard.unqualifieddatatype._100.DateTimeType;
import un.unece.uncefact.data.standard.unqualifieddatatype._100.IDType;
import un.unece.uncefact.data.standard.unqualifieddatatype._100.TextType;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * Reads a UN/CEFACT Cross Industry Invoice (D16B: XRechnung CII and the XML of Factur-X/ZUGFeRD 2.x, every profile
 * from MINIMUM to EXTENDED) with ph-cii, the CII binding of the same family as ph-ubl. It binds from SafeXml's DOM and
 * without XSD validation: the profiles are subsets of D16B (newer ones add D22B elements), and JAXB skips what it
 * does not know instead of refusing the invoice. Mustang, the Factur-X library, was not used: for a dozen fields it
 * brings FOP, Batik, Saxon, PDFBox preflight and three more UBL versions, and parses with its own XML factory.
 */
final class CiiInvoiceReader {

    private CiiInvoiceReader() {
    }

    static InvoiceFacts read(Document dom) throws UnreadableInvoice {
        CrossIndustryInvoiceType invoice = JaxbBinding.bind(new CIID16BCrossIndustryInvoiceTypeMarshaller(), dom,
                "CII D16B");
        ExchangedDocumentType document = invoice.getExchangedDocument();
        SupplyChainTradeTransactionType transaction = invoice.getSupplyChainTradeTransaction();
        HeaderTradeAgreementType agreement = transaction == null ? null
                : transaction.getApplicableHeaderTradeAgreement();
        HeaderTradeSettlementType settlement = transaction == null ? null
                : transaction.getApplicableHeaderTradeSettlement();
        String currency = settlement == null || settlement.getInvoiceCurrencyCode() == null ? null
                : Values.blankToNull(settlement.getInvoiceCurrencyCode().getValue());
        TradeSettlementHeaderMonetarySummationType totals = settlement == null ? null
                : settlement.getSpecifiedTradeSettlementHeaderMonetarySummation();

        return new InvoiceFacts(
                document != null && document.getTypeCode() != null
                        && Values.isCreditNoteTypeCode(document.getTypeCode().getValue()),
                document == null ? null : text(document.getID()),
                document == null ? null : date(document.getIssueDateTime()),
                settlement == null ? null : dueDate(settlement.getSpecifiedTradePaymentTerms()),
                agreement == null ? null : party(agreement.getSellerTradeParty()),
                agreement == null ? null : party(agreement.getBuyerTradeParty()),
                agreement == null ? null : text(agreement.getBuyerReference()),
                currency,
                totals == null ? null : amount(totals.getTaxBasisTotalAmount(), currency),
                totals == null ? null : amount(totals.getTaxTotalAmount(), currency),
                totals == null ? null : amount(totals.getGrandTotalAmount(), currency));
    }


    private static Party party(TradePartyType party) {
        if (party == null) {
            return null;
        }
        // BT-31/BT-48: the registration whose scheme is "VA"; "FC" is the seller's national tax number.
        String vatId = party.getSpecifiedTaxRegistration().stream().map(registration -> registration.getID())
                .filter(id -> id != null && "VA".equals(id.getSchemeID())).map(CiiInvoiceReader::text)
                .filter(Objects::nonNull).findFirst().orElse(null);
        return new Party(text(party.getName()), vatId);
    }

    private static LocalDate dueDate(List<TradePaymentTermsType> terms) {
        return terms.stream().map(TradePaymentTermsType::getDueDateDateTime).map(CiiInvoiceReader::date)
                .filter(Objects::nonNull).findFirst().orElse(null);
    }

    /**
     * The amount in the invoice currency. TaxTotalAmount may appear twice — in the invoice and in the tax currency
     * (BT-110 and BT-111) — and only the first is the invoice's total; amounts without a currency are in it.
     */
    private static BigDecimal amount(List<AmountType> amounts, String currency) {
        return amounts.stream()
                .filter(amount -> currency == null || amount.getCurrencyID() == null
                        || currency.equals(amount.getCurrencyID()))
                .map(AmountType::getValue).filter(Objects::nonNull).findFirst().orElse(null);
    }

    private static LocalDate date(DateTimeType dateTime) {
        if (dateTime == null || dateTime.getDateTimeString() == null) {
            return null;
        }
        return Values.cefactDate(dateTime.getDateTimeString().getValue(), dateTime.getDateTimeString().getFormat());
    }

    private static String text(IDType id) {
        return id == null ? null : Values.blankToNull(id.getValue());
    }

    private static String text(TextType text) {
        return text == null ? null : Values.blankToNull(text.getValue());
    }
}
