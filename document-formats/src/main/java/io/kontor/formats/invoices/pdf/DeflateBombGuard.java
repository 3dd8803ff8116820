package io.kontor.formats.invoices.pdf;

import java.nio.charset.StandardCharsets;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;

/**
 * Refuses a PDF whose Flate-compressed streams expand beyond a budget, before PDFBox sees it. PDFBox decodes the
 * cross-reference and object streams it needs completely into the heap, with no limit of its own: a few hundred
 * kilobytes of deflated zeros in an object stream would cost gigabytes. So every stream that starts like zlib data
 * is inflated here first, into a reused scratch buffer, counting bytes and stopping at the budget.
 *
 * <p>This covers Flate, the filter of every real-world bomb and of almost every PDF; streams behind other filter
 * chains (LZW, ASCIIHex then Flate) are not counted.
 */
final class DeflateBombGuard {

    private static final byte[] STREAM_KEYWORD = "stream".getBytes(StandardCharsets.US_ASCII);
    private static final int SCRATCH_SIZE = 64 * 1024;

    private final long budget;

    DeflateBombGuard(long budget) {
        this.budget = budget;
    }

    /** True when the PDF's deflated streams together expand to more than the budget. */
    boolean exceedsBudget(byte[] pdf) {
        byte[] scratch = new byte[SCRATCH_SIZE];
        long total = 0;
        int from = 0;
        int at;
        while ((at = indexOf(pdf, STREAM_KEYWORD, from)) >= 0) {
            int data = skipEndOfLine(pdf, at + STREAM_KEYWORD.length);
            if (data > 0 && looksLikeZlib(pdf, data)) {
                total += inflatedSize(pdf, data, budget - total, scratch);
                if (total > budget) {
                    return true;
                }
            }
            from = at + STREAM_KEYWORD.length;
        }
        return false;
    }

    /** Inflates from the offset until the zlib stream ends, it breaks, or more than the remaining budget came out. */
    private static long inflatedSize(byte[] pdf, int offset, long remaining, byte[] scratch) {
        Inflater inflater = new Inflater();
        try {
            inflater.setInput(pdf, offset, pdf.length - offset);
            long size = 0;
            while (!inflater.finished() && !inflater.needsInput() && !inflater.needsDictionary() && size <= remaining) {
                size += inflater.inflate(scratch);
            }
            return size;
        } catch (DataFormatException e) {
            // Not zlib after all, or broken: PDFBox will meet the same bytes and fail on them, not expand them.
            return 0;
        } finally {
            inflater.end();
        }
    }

    /** "stream" is followed by CRLF or LF (a lone CR is tolerated, as PDFBox does); anything else is not a stream. */
    private static int skipEndOfLine(byte[] pdf, int at) {
        if (at < pdf.length && pdf[at] == '\r') {
            return at + 1 < pdf.length && pdf[at + 1] == '\n' ? at + 2 : at + 1;
        }
        return at < pdf.length && pdf[at] == '\n' ? at + 1 : -1;
    }

    /** The two-byte zlib header: deflate method, and a check value that makes CMF·256+FLG a multiple of 31. */
    private static boolean looksLikeZlib(byte[] pdf, int at) {
        if (at + 1 >= pdf.length) {
            return false;
        }
        int cmf = pdf[at] & 0xFF;
        int flg = pdf[at + 1] & 0xFF;
        return (cmf & 0x0F) == 8 && (cmf * 256 + flg) % 31 == 0;
    }

    private static int indexOf(byte[] haystack, byte[] needle, int from) {
        outer:
        for (int i = Math.max(from, 0); i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
