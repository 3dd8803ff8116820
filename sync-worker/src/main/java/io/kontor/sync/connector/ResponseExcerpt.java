package io.kontor.sync.connector;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * The start of a receiver's answer, as the attempt log keeps it: at most {@value #MAX_BYTES} bytes of UTF-8, cut
 * between characters, never inside one. Bytes that are not UTF-8 become U+FFFD and NUL does too, because
 * PostgreSQL's {@code text} cannot store it and an answer is whatever the receiver chose to send.
 */
public final class ResponseExcerpt {

    public static final int MAX_BYTES = 4096;

    /**
     * How much of an answer a connector reads: the excerpt and the rest of a character that straddles its end, so
     * that the character is recognised and left out whole rather than turned into a replacement character.
     */
    public static final int READ_LIMIT = MAX_BYTES + 3;

    private static final char REPLACEMENT = '\uFFFD';

    private ResponseExcerpt() {
    }

    /**
     * The excerpt of an answer of which {@code received} are the first bytes (at most {@link #READ_LIMIT} of them
     * need reading); {@code null} for an empty answer.
     */
    public static String of(byte[] received) {
        if (received.length == 0) {
            return null;
        }
        return truncate(decode(received).replace('\0', REPLACEMENT));
    }

    private static String decode(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPLACE)
                    .onUnmappableCharacter(CodingErrorAction.REPLACE)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new IllegalStateException("a replacing decoder does not fail", e);
        }
    }

    /** Whole code points while their UTF-8 fits, so a replaced byte (three bytes as U+FFFD) cannot overflow. */
    private static String truncate(String text) {
        int bytes = 0;
        int end = 0;
        while (end < text.length()) {
            int codePoint = text.codePointAt(end);
            bytes += utf8Length(codePoint);
            if (bytes > MAX_BYTES) {
                break;
            }
            end += Character.charCount(codePoint);
        }
        return text.substring(0, end);
    }

    private static int utf8Length(int codePoint) {
        if (codePoint < 0x80) {
            return 1;
        }
        if (codePoint < 0x800) {
            return 2;
        }
        return codePoint < 0x10000 ? 3 : 4;
    }
}
