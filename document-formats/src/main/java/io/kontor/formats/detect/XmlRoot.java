package io.kontor.formats.detect;

import javax.xml.XMLConstants;
import javax.xml.namespace.QName;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import java.io.ByteArrayInputStream;
import java.util.Optional;

/**
 * Reads an XML document's root element name, and nothing after it: detection must not build a DOM of a 25 MB file
 * only to throw it away. The streaming parser processes no DTD and resolves no entity, so a hostile prolog cannot
 * make it fetch or expand anything; the reader that parses the whole document afterwards goes through SafeXml.
 */
final class XmlRoot {

    private static final XMLInputFactory FACTORY = safeFactory();

    private XmlRoot() {
    }

    /** Empty when the bytes are not well-formed up to the root element. */
    static Optional<QName> of(byte[] xml, int offset) {
        XMLStreamReader reader = null;
        try {
            reader = FACTORY.createXMLStreamReader(new ByteArrayInputStream(xml, offset, xml.length - offset));
            while (reader.hasNext()) {
                if (reader.next() == XMLStreamConstants.START_ELEMENT) {
                    return Optional.of(reader.getName());
                }
            }
            return Optional.empty();
        } catch (XMLStreamException | RuntimeException e) {
            return Optional.empty();
        } finally {
            close(reader);
        }
    }

    private static void close(XMLStreamReader reader) {
        if (reader != null) {
            try {
                reader.close();
            } catch (XMLStreamException ignored) {
                // Nothing to release: the input is an array.
            }
        }
    }

    private static XMLInputFactory safeFactory() {
        // The JDK's own implementation, whatever else the classpath brings, so the properties below surely hold.
        XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
        factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        factory.setXMLResolver((publicId, systemId, baseUri, namespace) -> {
            throw new XMLStreamException("external resource " + systemId + " refused");
        });
        return factory;
    }
}
