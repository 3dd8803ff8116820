package io.kontor.formats;

import io.kontor.formats.xml.SafeXml;
import io.kontor.formats.xml.UnsafeXml;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SafeXmlTest {

    @Test
    void plainXmlParses() throws UnsafeXml {
        assertThat(SafeXml.parse(bytes("<Invoice xmlns=\"urn:x\"><ID>1</ID></Invoice>")).getDocumentElement()
                .getLocalName()).isEqualTo("Invoice");
    }

    @Test
    void anExternalEntityIsRefusedBeforeAnythingIsFetched() {
        assertThatThrownBy(() -> SafeXml.parse(bytes("""
                <?xml version="1.0"?><!DOCTYPE x [<!ENTITY xxe SYSTEM "file:///etc/passwd">]><x>&xxe;</x>""")))
                .isInstanceOf(UnsafeXml.class).hasMessageContaining("DOCTYPE");
    }

    @Test
    void billionLaughsIsRefused() {
        assertThatThrownBy(() -> SafeXml.parse(bytes("""
                <?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;">]>
                <lolz>&lol2;</lolz>""")))
                .isInstanceOf(UnsafeXml.class).hasMessageContaining("DOCTYPE");
    }

    @Test
    void nestingBeyondTheLimitIsRefused() {
        String deep = "<a>".repeat(10_000) + "</a>".repeat(10_000);

        assertThatThrownBy(() -> SafeXml.parse(bytes(deep))).isInstanceOf(UnsafeXml.class);
    }

    @Test
    void anAttributeValueBeyondTheLimitIsRefused() {
        String huge = "<a b=\"" + "x".repeat(70_000) + "\"/>";

        assertThatThrownBy(() -> SafeXml.parse(bytes(huge))).isInstanceOf(UnsafeXml.class)
                .hasMessageContaining("attribute value longer than");
    }

    @Test
    void brokenXmlIsRefusedSayingSo() {
        assertThatThrownBy(() -> SafeXml.parse(bytes("<a><b></a>")))
                .isInstanceOf(UnsafeXml.class).hasMessageContaining("not well-formed");
    }

    private static byte[] bytes(String xml) {
        return xml.getBytes(StandardCharsets.UTF_8);
    }
}
