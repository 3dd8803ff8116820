package io.kontor.formats.xml;

import org.w3c.dom.Document;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.w3c.dom.traversal.DocumentTraversal;
import org.w3c.dom.traversal.NodeFilter;
import org.w3c.dom.traversal.NodeIterator;
import org.xml.sax.SAXException;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import java.io.ByteArrayInputStream;
import java.io.IOException;

/**
 * Parses untrusted XML into a DOM with everything an attacker could use turned off: no DOCTYPE at all (so no
 * external entities, no external DTDs, no entity expansion: "billion laughs" and XXE are refused before they start),
 * no XInclude, secure processing with the JDK's limits on element depth and attribute size, and nothing fetched from
 * the network or the file system. Every format reader parses through here.
 */
public final class SafeXml {

    /** Deeper than any real invoice or statement; nesting beyond it is an attack on the parser's stack. */
    static final int MAX_ELEMENT_DEPTH = 256;
    /** Far above any real attribute; a huge one is an attempt to exhaust memory. */
    static final int MAX_ATTRIBUTE_SIZE = 65_536;

    private SafeXml() {
    }

    /**
     * @throws UnsafeXml the input declares a DOCTYPE, nests too deep, has a huge attribute or is not well-formed;
     *                   the message says which, in words a person can act on
     */
    public static Document parse(byte[] xml) throws UnsafeXml {
        try {
            DocumentBuilder builder = factory().newDocumentBuilder();
            // No resolver reaches out: anything that would need one is refused by the DOCTYPE ban anyway.
            builder.setEntityResolver((publicId, systemId) -> {
                throw new SAXException("external entity " + systemId + " refused");
            });
            builder.setErrorHandler(null);
            Document document = builder.parse(new ByteArrayInputStream(xml));
            refuseHugeAttributes(document);
            return document;
        } catch (SAXException e) {
            throw UnsafeXml.from(e);
        } catch (IOException e) {
            throw new UnsafeXml("the XML could not be read: " + e.getMessage());
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("this Java runtime's XML parser cannot be made safe", e);
        }
    }

    /**
     * The JDK parser has no limit on an attribute value's length, only on how many attributes an element has; so the
     * limit is checked on the parsed tree. The input's size cap bounds what the parse itself could take.
     */
    private static void refuseHugeAttributes(Document document) throws UnsafeXml {
        NodeIterator elements = ((DocumentTraversal) document).createNodeIterator(document, NodeFilter.SHOW_ELEMENT,
                null, false);
        for (Node element = elements.nextNode(); element != null; element = elements.nextNode()) {
            NamedNodeMap attributes = element.getAttributes();
            for (int i = 0; i < attributes.getLength(); i++) {
                if (attributes.item(i).getNodeValue().length() > MAX_ATTRIBUTE_SIZE) {
                    throw new UnsafeXml("the XML has an attribute value longer than " + MAX_ATTRIBUTE_SIZE
                            + " characters");
                }
            }
        }
    }

    private static DocumentBuilderFactory factory() {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        try {
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
            factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            factory.setAttribute("jdk.xml.maxElementDepth", MAX_ELEMENT_DEPTH);
            factory.setAttribute("jdk.xml.maxXMLNameLimit", 1_000);
            factory.setAttribute("jdk.xml.elementAttributeLimit", 1_000);
        } catch (ParserConfigurationException | IllegalArgumentException e) {
            throw new IllegalStateException("this Java runtime's XML parser cannot be made safe", e);
        }
        factory.setNamespaceAware(true);
        factory.setXIncludeAware(false);
        factory.setExpandEntityReferences(false);
        return factory;
    }
}
