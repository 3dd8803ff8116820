package io.kontor.bench;

import org.apache.pdfbox.pdfwriter.compress.CompressParameters;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The documents the ingest benchmark uploads, each one unique, so that documents-service refuses none as the same
 * bytes uploaded twice and flags none as a possible duplicate. A template is made once; each copy overwrites a
 * fixed-width serial number in place, so a copy costs an array copy and the PDF's cross-reference offsets stay right.
 */
final class SampleDocuments {

    /** 20 digits: a long's range, so the width never changes. */
    private static final String SERIAL_PLACEHOLDER = "00000000000000000000";

    private final String name;
    private final String fileName;
    private final String mediaType;
    private final byte[] template;
    private final int serialOffset;

    private SampleDocuments(String name, String fileName, String mediaType, byte[] template, String marker) {
        this.name = name;
        this.fileName = fileName;
        this.mediaType = mediaType;
        this.template = template;
        int marked = indexOf(template, marker.getBytes(StandardCharsets.US_ASCII));
        if (marked < 0 || !marker.endsWith(SERIAL_PLACEHOLDER)) {
            throw new IllegalStateException("the " + name + " template has no serial number to overwrite");
        }
        this.serialOffset = marked + marker.length() - SERIAL_PLACEHOLDER.length();
    }

    /**
     * A one-page PDF of about 10 KB, written without compression so the serial number is plain text in the page's
     * content stream.
     */
    static SampleDocuments pdf() throws IOException {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage();
            document.addPage(page);
            try (PDPageContentStream text = new PDPageContentStream(document, page,
                    PDPageContentStream.AppendMode.OVERWRITE, false)) {
                text.beginText();
                text.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 6);
                text.setLeading(7.5f);
                text.newLineAtOffset(30, 760);
                text.showText("Kontor benchmark receipt " + SERIAL_PLACEHOLDER);
                String line = "Line item: office supplies, quantity 1, unit price 12.50 EUR, VAT 21 %, total 15.13 EUR. ";
                for (int i = 0; i < 95; i++) {
                    text.newLine();
                    text.showText(i + " " + line);
                }
                text.endText();
            }
            document.save(out, CompressParameters.NO_COMPRESSION);
            return new SampleDocuments("PDF", "bench-receipt.pdf", "application/pdf", out.toByteArray(),
                    "receipt " + SERIAL_PLACEHOLDER);
        }
    }

    /** An XRechnung 3.0 UBL invoice from the repository's samples; the invoice number carries the serial. */
    static SampleDocuments xrechnung(Path sample) throws IOException {
        String xml = Files.readString(sample);
        String number = "<cbc:ID>";
        int start = xml.indexOf(number);
        int end = xml.indexOf("</cbc:ID>", start);
        String unique = xml.substring(0, start) + number + "BENCH-" + SERIAL_PLACEHOLDER + xml.substring(end);
        return new SampleDocuments("XRechnung UBL", "bench-invoice.xml", "application/xml",
                unique.getBytes(StandardCharsets.UTF_8), "BENCH-" + SERIAL_PLACEHOLDER);
    }

    String name() {
        return name;
    }

    String fileName() {
        return fileName;
    }

    String mediaType() {
        return mediaType;
    }

    int size() {
        return template.length;
    }

    /** The template with {@code serial} written in; distinct serials give distinct bytes. */
    byte[] copy(long serial) {
        byte[] copy = template.clone();
        byte[] digits = String.format("%020d", serial).getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(digits, 0, copy, serialOffset, digits.length);
        return copy;
    }

    /** Where {@code needle} starts in {@code haystack}, or -1: ISO-8859-1 maps every byte to one char and back. */
    private static int indexOf(byte[] haystack, byte[] needle) {
        return new String(haystack, StandardCharsets.ISO_8859_1)
                .indexOf(new String(needle, StandardCharsets.ISO_8859_1));
    }
}
