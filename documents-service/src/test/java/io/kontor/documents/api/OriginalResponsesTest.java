package io.kontor.documents.api;

import org.junit.jupiter.api.Test;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

class OriginalResponsesTest {

    /** RFC 8187 value-chars: attr-char or a percent-encoded octet, nothing else. */
    private static final Pattern EXT_VALUE = Pattern.compile("filename\\*=UTF-8''((?:[A-Za-z0-9!#$&+\\-.^_`|~]"
            + "|%[0-9A-F]{2})*)$");

    @Test
    void anAsciiNameIsSentAsItIs() {
        assertThat(OriginalResponses.attachment("invoice-2026_01.pdf"))
                .isEqualTo("attachment; filename=\"invoice-2026_01.pdf\"; filename*=UTF-8''invoice-2026_01.pdf");
    }

    @Test
    void spacesArePercentEncodedNotPlusEncoded() {
        assertThat(OriginalResponses.attachment("my invoice.pdf"))
                .isEqualTo("attachment; filename=\"my invoice.pdf\"; filename*=UTF-8''my%20invoice.pdf");
    }

    @Test
    void aNameBeyondAsciiGetsAnAsciiFallbackAndItsExactUtf8Form() {
        assertThat(OriginalResponses.attachment("Rechnung März 2026.pdf"))
                .isEqualTo("attachment; filename=\"Rechnung M_rz 2026.pdf\"; "
                        + "filename*=UTF-8''Rechnung%20M%C3%A4rz%202026.pdf");
    }

    @Test
    void quotesAndBackslashesCannotBreakOutOfTheFallbackName() {
        String header = OriginalResponses.attachment("a\"b\\c.pdf");

        assertThat(header).startsWith("attachment; filename=\"a_b_c.pdf\"; ");
        assertThat(decodedExtValue(header)).isEqualTo("a\"b\\c.pdf");
    }

    @Test
    void controlCharactersCannotSplitTheHeader() {
        String header = OriginalResponses.attachment("evil\r\nSet-Cookie: x=1.pdf");

        assertThat(header).doesNotContain("\r").doesNotContain("\n")
                .startsWith("attachment; filename=\"evil__Set-Cookie: x=1.pdf\"; ");
        assertThat(decodedExtValue(header)).isEqualTo("evil\r\nSet-Cookie: x=1.pdf");
    }

    @Test
    void theExactNameSurvivesForAnyCharacters() {
        for (String name : new String[]{"Rechnung März 2026.pdf", "请求书.pdf", "\uD83D\uDCC4 scan.png",
                "50% off; \"final\" (v2)*.pdf", "a'b'c.pdf", "~tilde+plus=equals,comma.pdf"}) {
            String header = OriginalResponses.attachment(name);

            assertThat(header).as(name).matches("[\\x20-\\x7E]+");
            assertThat(decodedExtValue(header)).as(name).isEqualTo(name);
        }
    }

    @Test
    void eachCharacterBeyondAsciiBecomesAnUnderscoreInTheFallback() {
        assertThat(OriginalResponses.attachment("请求书.pdf")).startsWith("attachment; filename=\"___.pdf\"; ");
    }

    private static String decodedExtValue(String header) {
        Matcher matcher = EXT_VALUE.matcher(header);
        assertThat(matcher.find()).as("RFC 8187 ext-value in %s", header).isTrue();
        return URLDecoder.decode(matcher.group(1).replace("+", "%2B"), StandardCharsets.UTF_8);
    }
}
