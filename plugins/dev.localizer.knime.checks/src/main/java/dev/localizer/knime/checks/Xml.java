package dev.localizer.knime.checks;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;

/** Strict, offline XML reading: no DTDs, no external entities, and errors that name the file. */
final class Xml {

    private Xml() {
    }

    static Document parse(final Path file) throws IOException {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            factory.setXIncludeAware(false);
            factory.setExpandEntityReferences(false);
            DocumentBuilder builder = factory.newDocumentBuilder();
            builder.setErrorHandler(null);
            return builder.parse(file.toFile());
        } catch (SAXException e) {
            throw new IOException(file + " is not well-formed XML: " + e.getMessage(), e);
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("The JDK's XML parser lacks a standard feature: " + e.getMessage(), e);
        }
    }

    /** The element children of {@code parent}, in document order. */
    static List<Element> children(final Element parent) {
        List<Element> children = new ArrayList<>();
        for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element element) {
                children.add(element);
            }
        }
        return children;
    }

    static List<Element> children(final Element parent, final String localName) {
        return children(parent).stream().filter(child -> localName.equals(child.getLocalName())).toList();
    }

    static Optional<Element> child(final Element parent, final String localName) {
        return children(parent, localName).stream().findFirst();
    }

    /** The child element of a KNIME config whose {@code key} attribute is {@code key}. */
    static Optional<Element> keyed(final Element config, final String key) {
        return children(config).stream().filter(child -> key.equals(child.getAttribute("key"))).findFirst();
    }

    /** The {@code value} of a KNIME config entry, if there is such an entry. */
    static Optional<String> entryValue(final Element config, final String key) {
        return keyed(config, key).filter(element -> "entry".equals(element.getLocalName()))
            .map(element -> element.getAttribute("value"));
    }
}
