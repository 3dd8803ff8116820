package io.kontor.sync.connector;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;

class ResponseExcerptTest {

    private static int utf8Length(String text) {
        return text.getBytes(StandardCharsets.UTF_8).length;
    }

    @Test
    void anEmptyAnswerHasNoExcerpt() {
        assertThat(ResponseExcerpt.of(new byte[0])).isNull();
    }

    @Test
    void aShortAnswerIsKeptWhole() {
        assertThat(ResponseExcerpt.of("{\"ok\":true} – merci".getBytes(StandardCharsets.UTF_8)))
                .isEqualTo("{\"ok\":true} – merci");
    }

    @Test
    void aLongAnswerIsCutAtFourKilobytes() {
        String excerpt = ResponseExcerpt.of("x".repeat(10_000).getBytes(StandardCharsets.UTF_8));

        assertThat(excerpt).hasSize(ResponseExcerpt.MAX_BYTES).matches("x+");
    }

    @Test
    void aCharacterAcrossTheLimitIsLeftOutWhole() {
        // 4093 bytes, then an emoji of 4 bytes that would end at byte 4097, read as far as a connector reads.
        byte[] answer = ("a".repeat(4093) + "😀 and more").getBytes(StandardCharsets.UTF_8);

        String excerpt = ResponseExcerpt.of(Arrays.copyOf(answer, ResponseExcerpt.READ_LIMIT));

        assertThat(excerpt).isEqualTo("a".repeat(4093));
    }

    @Test
    void aCharacterEndingExactlyAtTheLimitIsKept() {
        byte[] answer = ("a".repeat(4094) + "é and more").getBytes(StandardCharsets.UTF_8);

        String excerpt = ResponseExcerpt.of(Arrays.copyOf(answer, ResponseExcerpt.READ_LIMIT));

        assertThat(excerpt).isEqualTo("a".repeat(4094) + "é");
        assertThat(utf8Length(excerpt)).isEqualTo(ResponseExcerpt.MAX_BYTES);
    }

    @Test
    void bytesThatAreNotUtf8BecomeReplacementCharactersAndStillFitTheLimit() {
        byte[] binary = new byte[ResponseExcerpt.MAX_BYTES];
        Arrays.fill(binary, (byte) 0xFF);

        String excerpt = ResponseExcerpt.of(binary);

        assertThat(excerpt).matches("\uFFFD+");
        assertThat(utf8Length(excerpt)).isLessThanOrEqualTo(ResponseExcerpt.MAX_BYTES);
    }

    @Test
    void nulBecomesAReplacementCharacterBecausePostgresTextCannotHoldIt() {
        assertThat(ResponseExcerpt.of(new byte[]{'o', 0, 'k'})).isEqualTo("o\uFFFDk");
    }
}
