package dev.localizer.engine.annotations;

import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import dev.localizer.engine.LocalizerException;

/**
 * An element of a small XML file with the line it starts on, read safely: a document type declaration is
 * refused, so no external entity or DTD is ever fetched and no entity can expand.
 */
record XmlElement(String name, String text, int line, List<XmlElement> children) {

    /** Deeper nesting than any annotation file needs is refused rather than followed. */
    static final int MAX_DEPTH = 64;

    XmlElement {
        children = List.copyOf(children);
    }

    /** The root element of the file. */
    static XmlElement parse(Path file) {
        byte[] bytes = AnnotationChecks.read(file);
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
        XMLStreamReader reader = null;
        try {
            reader = factory.createXMLStreamReader(new ByteArrayInputStream(bytes));
            Deque<Builder> open = new ArrayDeque<>();
            while (reader.hasNext()) {
                int event = reader.next();
                switch (event) {
                    case XMLStreamConstants.DTD -> throw new LocalizerException(file + " line "
                            + reader.getLocation().getLineNumber() + ": the file declares a document type (<!DOCTYPE"
                            + "); annotation files have none, remove it");
                    case XMLStreamConstants.ENTITY_REFERENCE -> throw new LocalizerException(file + " line "
                            + reader.getLocation().getLineNumber() + ": the entity &" + reader.getLocalName()
                            + "; is not defined; write the character itself");
                    case XMLStreamConstants.START_ELEMENT -> {
                        if (open.size() == MAX_DEPTH) {
                            throw new LocalizerException(file + " line " + reader.getLocation().getLineNumber()
                                    + ": elements are nested more than " + MAX_DEPTH + " deep; this is no annotation file");
                        }
                        open.push(new Builder(reader.getLocalName(), reader.getLocation().getLineNumber()));
                    }
                    case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> {
                        if (!open.isEmpty()) {
                            open.peek().text.append(reader.getText());
                        }
                    }
                    case XMLStreamConstants.END_ELEMENT -> {
                        XmlElement element = open.pop().build();
                        if (open.isEmpty()) {
                            return element;
                        }
                        open.peek().children.add(element);
                    }
                    default -> {
                        // comments and processing instructions carry no annotation
                    }
                }
            }
            throw new LocalizerException(file + ": the file holds no XML element; it is not an annotation file");
        } catch (XMLStreamException e) {
            String line = e.getLocation() == null ? "" : " line " + e.getLocation().getLineNumber();
            throw new LocalizerException(file + line + ": the XML is malformed (" + firstLine(e.getMessage())
                    + "); fix or re-export the file", e);
        } finally {
            close(reader);
        }
    }

    /** The first child of that name. */
    Optional<XmlElement> child(String childName) {
        return children.stream().filter(child -> child.name.equals(childName)).findFirst();
    }

    /** Every child of that name. */
    List<XmlElement> all(String childName) {
        return children.stream().filter(child -> child.name.equals(childName)).toList();
    }

    /** The text of the child that must be there. */
    String required(String childName, Path file) {
        return child(childName).map(child -> child.text.strip()).orElseThrow(() -> new LocalizerException(file
                + " line " + line + ": <" + name + "> has no <" + childName + ">; add it"));
    }

    /** Where the element is, as messages begin. */
    String where(Path file) {
        return file + " line " + line + " <" + name + ">: ";
    }

    private static String firstLine(String message) {
        String text = String.valueOf(message).strip();
        int newline = text.indexOf('\n');
        text = newline < 0 ? text : text.substring(0, newline);
        // StAX prefixes its own position, which the message states already
        return text.replaceFirst("^ParseError at \\[row,col\\]:\\[\\d+,\\d+\\]\\s*Message:\\s*", "");
    }

    private static void close(XMLStreamReader reader) {
        if (reader != null) {
            try {
                reader.close();
            } catch (XMLStreamException e) {
                // the bytes are in memory; nothing is left open
            }
        }
    }

    private static final class Builder {
        private final String name;
        private final int line;
        private final StringBuilder text = new StringBuilder();
        private final List<XmlElement> children = new ArrayList<>();

        Builder(String name, int line) {
            this.name = name;
            this.line = line;
        }

        XmlElement build() {
            return new XmlElement(name, text.toString(), line, children);
        }
    }
}
