package io.kontor.formats.detect;

import java.nio.charset.StandardCharsets;
import java.util.Set;

/** The magic numbers of the pictures clients upload: phone photos (JPEG, HEIC), screenshots (PNG), scans (TIFF). */
final class ImageMagic {

    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
    private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};
    private static final byte[] TIFF_LITTLE_ENDIAN = {'I', 'I', 42, 0};
    private static final byte[] TIFF_BIG_ENDIAN = {'M', 'M', 0, 42};
    private static final byte[] FTYP = "ftyp".getBytes(StandardCharsets.US_ASCII);
    /** ISO base media brands of HEIF/HEIC stills and sequences, as iPhones and Android cameras write them. */
    private static final Set<String> HEIF_BRANDS = Set.of("heic", "heix", "heim", "heis", "hevc", "hevx", "mif1",
            "msf1");

    private ImageMagic() {
    }

    static boolean matches(byte[] bytes) {
        return Bytes.startsWith(bytes, PNG) || Bytes.startsWith(bytes, JPEG)
                || Bytes.startsWith(bytes, TIFF_LITTLE_ENDIAN) || Bytes.startsWith(bytes, TIFF_BIG_ENDIAN)
                || isHeif(bytes);
    }

    /** HEIF is an ISO box file: a size, then "ftyp", then the major brand. */
    private static boolean isHeif(byte[] bytes) {
        if (!Bytes.regionMatches(bytes, 4, FTYP) || bytes.length < 12) {
            return false;
        }
        return HEIF_BRANDS.contains(new String(bytes, 8, 4, StandardCharsets.US_ASCII));
    }
}
