package io.kontor.formats.invoices.pdf;

import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;

import java.io.IOException;
import java.io.InputStream;
import java.util.zip.InflaterInputStream;

/**
 * Decodes an embedded file's stream with a ceiling on what comes out. PDFBox's own decoding writes the whole result
 * into memory before the first byte can be read, so an embedded "factur-x.xml" that inflates to gigabytes would be
 * in the heap before anyone could object. Here the raw bytes are inflated as a stream and reading stops one byte
 * past the limit. Only what invoice producers use is supported: no filter, or FlateDecode without a predictor.
 */
final class BoundedStreamContent {

    /** The embedded file could not be decoded within the rules; the message says why. */
    static final class Refused extends Exception {
        Refused(String message) {
            super(message, null, false, false);
        }
    }

    private BoundedStreamContent() {
    }

    static byte[] read(COSStream stream, int maxBytes) throws Refused, IOException {
        try (InputStream decoded = decoding(stream)) {
            byte[] content = decoded.readNBytes(maxBytes + 1);
            if (content.length > maxBytes) {
                throw new Refused("it decodes to more than " + maxBytes + " bytes");
            }
            return content;
        }
    }

    private static InputStream decoding(COSStream stream) throws Refused, IOException {
        COSBase filters = stream.getFilters();
        if (filters == null) {
            return stream.createRawInputStream();
        }
        if (isFlateOnly(filters)) {
            if (hasPredictor(stream.getDictionaryObject(COSName.DECODE_PARMS))) {
                throw new Refused("it is compressed with a predictor, which no invoice producer uses");
            }
            return new InflaterInputStream(stream.createRawInputStream());
        }
        throw new Refused("it is encoded with " + filters + ", which no invoice producer uses");
    }

    private static boolean isFlateOnly(COSBase filters) {
        if (filters instanceof COSArray array) {
            return array.size() == 1 && COSName.FLATE_DECODE.equals(array.getObject(0));
        }
        return COSName.FLATE_DECODE.equals(filters);
    }

    private static boolean hasPredictor(COSBase parameters) {
        if (parameters instanceof COSArray array) {
            return array.size() > 0 && hasPredictor(array.getObject(0));
        }
        return parameters instanceof COSDictionary dictionary && dictionary.getInt(COSName.PREDICTOR, 1) > 1;
    }
}
