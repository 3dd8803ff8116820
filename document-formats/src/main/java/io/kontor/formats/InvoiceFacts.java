package io.kontor.formats;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * What an e-invoice says (EN 16931 terms). Any field may be null when the file does not carry it.
 *
 * @param creditNote     a credit note (UBL CreditNote, CII type code 381 and its kin) rather than an invoice
 * @param buyerReference BT-10, the Leitweg-ID of a German public buyer
 * @param netTotal       BT-109, the total without VAT
 * @param taxTotal       BT-110, the VAT total in the invoice currency
 * @param grossTotal     BT-112, the total with VAT
 */
public record InvoiceFacts(boolean creditNote, String invoiceNumber, LocalDate issueDate, LocalDate dueDate,
                           Party seller, Party buyer, String buyerReference, String currency, BigDecimal netTotal,
                           BigDecimal taxTotal, BigDecimal grossTotal) {
}
