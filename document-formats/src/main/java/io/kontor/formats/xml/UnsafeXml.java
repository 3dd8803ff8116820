package io.kontor.formats.xml;

import org.xml.sax.SAXException;

/** XML refused before or while parsing: a DOCTYPE, nesting or attributes beyond the limits, or not well-formed. */
public class UnsafeXml extends Exception {

    public UnsafeXml(String message) {
        super(message, null, false, false);
    }

    static UnsafeXml from(SAXException e) {
        String message = String.valueOf(e.getMessage());
        if (message.contains("DOCTYPE")) {
            return new UnsafeXml("the XML declares a DOCTYPE; documents with DTDs or entities are refused");
        }
        if (message.contains("maxElementDepth") || message.contains("depth")) {
            return new UnsafeXml("the XML nests deeper than " + SafeXml.MAX_ELEMENT_DEPTH + " elements");
        }
        return new UnsafeXml("the XML is not well-formed: " + message);
    }
}
