package io.kontor.formats.detect;

import java.util.Arrays;

/**
 * Where an XML document really starts. Files from the field carry a UTF-8 byte order mark or blank lines before the
 * XML declaration; a parser rejects whitespace before {@code <?xml}, so readers get the bytes from the first
 * {@code <} on.
 */
public final class XmlStart {

    private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    private static final byte[] UTF16_BE_BOM = {(byte) 0xFE, (byte) 0xFF};
    private static final byte[] UTF16_LE_BOM = {(byte) 0xFF, (byte) 0xFE};

    private XmlStart() {
    }

    /**
     * Where a parser should start: the first {@code <} after a UTF-8 BOM and whitespace; the very start of a UTF-16
     * document, whose BOM tells the parser its encoding; -1 when something other than XML comes first.
     */
    static int offset(byte[] bytes) {
        if (Bytes.startsWith(bytes, UTF16_BE_BOM) || Bytes.startsWith(bytes, UTF16_LE_BOM)) {
            return 0;
        }
        int i = Bytes.startsWith(bytes, UTF8_BOM) ? UTF8_BOM.length : 0;
        while (i < bytes.length && isXmlWhitespace(bytes[i])) {
            i++;
        }
        return i < bytes.length && bytes[i] == '<' ? i : -1;
    }

    /** The bytes from the first {@code <} on; the input itself when nothing precedes it or it is no XML. */
    public static byte[] trimmed(byte[] bytes) {
        int offset = offset(bytes);
        return offset <= 0 ? bytes : Arrays.copyOfRange(bytes, offset, bytes.length);
    }


    private static boolean isXmlWhitespace(byte b) {
        return b == ' ' || b == '\t' || b == '\r' || b == '\n';
    }
}
