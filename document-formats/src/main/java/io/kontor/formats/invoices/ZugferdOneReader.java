package io.kontor.formats.invoices;

import io.kontor.formats.InvoiceFacts;
import io.kontor.formats.Party;
import io.kontor.formats.detect.FormatDetector;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Reads ZUGFeRD 1.0 ({@code rsm:CrossIndustryDocument}), which predates CII D16B: same ideas, other element names
 * and namespaces. No library but Mustang reads it, and Mustang is not on the classpath (see CiiInvoiceReader), so
 * this walks SafeXml's DOM, namespace-aware, along the handful of paths the facts live on.
 */
final class ZugferdOneReader {

    private static final String RSM = FormatDetector.ZUGFERD_1_NS;
    private static final String RAM =
            "urn:un:unece:uncefact:data:standard:ReusableAggregateBusinessInformationEntity:12";
    private static final String UDT = "urn:un:unece:uncefact:data:standard:UnqualifiedDataType:15";

    private ZugferdOneReader() {
    }

    static InvoiceFacts read(Document dom) throws UnreadableInvoice {
        Element root = dom.getDocumentElement();
        Element header = child(root, RSM, "HeaderExchangedDocument");
        Element transaction = child(root, RSM, "SpecifiedSupplyChainTradeTransaction");
        if (header == null || transaction == null) {
            throw new UnreadableInvoice("a ZUGFeRD 1.0 invoice needs a HeaderExchangedDocument and a "
                    + "SpecifiedSupplyChainTradeTransaction");
        }
        Element agreement = child(transaction, RAM, "ApplicableSupplyChainTradeAgreement");
        Element settlement = child(transaction, RAM, "ApplicableSupplyChainTradeSettlement");
        Element totals = child(settlement, RAM, "SpecifiedTradeSettlementMonetarySummation");
        String currency = text(child(settlement, RAM, "InvoiceCurrencyCode"));

        return new InvoiceFacts(
                Values.isCreditNoteTypeCode(text(child(header, RAM, "TypeCode"))),
                text(child(header, RAM, "ID")),
                date(child(header, RAM, "IssueDateTime")),
                children(settlement, RAM, "SpecifiedTradePaymentTerms").stream()
                        .map(terms -> date(child(terms, RAM, "DueDateDateTime"))).filter(Objects::nonNull)
                        .findFirst().orElse(null),
                party(child(agreement, RAM, "SellerTradeParty")),
                party(child(agreement, RAM, "BuyerTradeParty")),
                text(child(agreement, RAM, "BuyerReference")),
                currency,
                amount(totals, "TaxBasisTotalAmount", currency),
                amount(totals, "TaxTotalAmount", currency),
                amount(totals, "GrandTotalAmount", currency));
    }

    private static Party party(Element party) {
        if (party == null) {
            return null;
        }
        String vatId = children(party, RAM, "SpecifiedTaxRegistration").stream()
                .map(registration -> child(registration, RAM, "ID"))
                .filter(id -> id != null && "VA".equals(id.getAttribute("schemeID")))
                .map(ZugferdOneReader::text).filter(Objects::nonNull).findFirst().orElse(null);
        return new Party(text(child(party, RAM, "Name")), vatId);
    }

    /** As in CII: a second TaxTotalAmount may be in the tax currency; the one in the invoice currency counts. */
    private static BigDecimal amount(Element totals, String name, String currency) {
        return children(totals, RAM, name).stream()
                .filter(amount -> currency == null || !amount.hasAttribute("currencyID")
                        || currency.equals(amount.getAttribute("currencyID")))
                .map(amount -> Values.decimal(amount.getTextContent())).filter(Objects::nonNull).findFirst()
                .orElse(null);
    }

    private static LocalDate date(Element dateTime) {
        Element value = child(dateTime, UDT, "DateTimeString");
        return value == null ? null : Values.cefactDate(value.getTextContent(),
                value.hasAttribute("format") ? value.getAttribute("format") : null);
    }

    private static String text(Element element) {
        return element == null ? null : Values.blankToNull(element.getTextContent());
    }

    private static Element child(Element parent, String namespace, String localName) {
        List<Element> found = children(parent, namespace, localName);
        return found.isEmpty() ? null : found.get(0);
    }

    private static List<Element> children(Element parent, String namespace, String localName) {
        List<Element> found = new ArrayList<>();
        if (parent == null) {
            return found;
        }
        for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element element && namespace.equals(element.getNamespaceURI())
                    && localName.equals(element.getLocalName())) {
                found.add(element);
            }
        }
        return found;
    }
}
