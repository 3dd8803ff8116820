package io.kontor.formats.detect;

/** Comparing raw bytes with magic numbers, without decoding anything. */
final class Bytes {

    private Bytes() {
    }

    static boolean startsWith(byte[] bytes, byte[] prefix) {
        return regionMatches(bytes, 0, prefix);
    }

    static boolean regionMatches(byte[] bytes, int offset, byte[] expected) {
        if (offset < 0 || offset + expected.length > bytes.length) {
            return false;
        }
        for (int i = 0; i < expected.length; i++) {
            if (bytes[offset + i] != expected[i]) {
                return false;
            }
        }
        return true;
    }
}
