package dev.localizer.libs.natives.checks;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipInputStream;

import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * What p2 reads from the zipped update site: the installable units with their filters and requirements
 * (content.jar), the artifacts (artifacts.jar), and the files the zip holds.
 *
 * @param units     the installable units
 * @param artifacts the artifacts, as {@code classifier/id/version}
 * @param files     the zip's entries
 */
public record P2Repository(List<Unit> units, Set<String> artifacts, Set<String> files) {

    /** An installable unit: its filter ({@code null} when none) and what it requires. */
    public record Unit(String id, String version, String filter, List<Requirement> requires) {
        public Unit {
            requires = List.copyOf(requires);
        }
    }

    /** A requirement of another unit, with the filter under which it applies ({@code null} when always). */
    public record Requirement(String name, String filter) {
    }

    public P2Repository {
        units = List.copyOf(units);
        artifacts = Set.copyOf(artifacts);
        files = Set.copyOf(files);
    }

    /** Reads the zip Tycho builds for the update site. */
    public static P2Repository readZip(Path zip) throws IOException {
        try (ZipFile site = new ZipFile(zip.toFile())) {
            Set<String> files = new HashSet<>();
            site.stream().map(ZipEntry::getName).forEach(files::add);
            Document content = xmlInside(site, "content.jar", "content.xml");
            Document artifactsXml = xmlInside(site, "artifacts.jar", "artifacts.xml");
            return new P2Repository(units(content), artifacts(artifactsXml), files);
        }
    }

    private static Document xmlInside(ZipFile site, String jarName, String xmlName) throws IOException {
        ZipEntry jar = site.getEntry(jarName);
        if (jar == null) {
            throw new IOException("the update site zip has no " + jarName);
        }
        try (InputStream in = site.getInputStream(jar); ZipInputStream inner = new ZipInputStream(in)) {
            for (ZipEntry entry = inner.getNextEntry(); entry != null; entry = inner.getNextEntry()) {
                if (entry.getName().equals(xmlName)) {
                    return parse(inner.readAllBytes());
                }
            }
        }
        throw new IOException(jarName + " in the update site zip holds no " + xmlName);
    }

    private static Document parse(byte[] xml) throws IOException {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
        } catch (ParserConfigurationException | SAXException e) {
            throw new IOException("unreadable p2 metadata: " + e.getMessage(), e);
        }
    }

    private static List<Unit> units(Document content) {
        List<Unit> units = new ArrayList<>();
        NodeList unitElements = content.getElementsByTagName("unit");
        for (int i = 0; i < unitElements.getLength(); i++) {
            Element unit = (Element) unitElements.item(i);
            List<Requirement> requires = new ArrayList<>();
            NodeList required = unit.getElementsByTagName("required");
            for (int j = 0; j < required.getLength(); j++) {
                Element requirement = (Element) required.item(j);
                requires.add(new Requirement(requirement.getAttribute("name"), childText(requirement, "filter")));
            }
            units.add(new Unit(unit.getAttribute("id"), unit.getAttribute("version"), childText(unit, "filter"), requires));
        }
        return units;
    }

    private static Set<String> artifacts(Document artifactsXml) {
        Set<String> artifacts = new HashSet<>();
        NodeList artifactElements = artifactsXml.getElementsByTagName("artifact");
        for (int i = 0; i < artifactElements.getLength(); i++) {
            Element artifact = (Element) artifactElements.item(i);
            artifacts.add(artifact.getAttribute("classifier") + "/" + artifact.getAttribute("id") + "/"
                    + artifact.getAttribute("version"));
        }
        return artifacts;
    }

    /** The text of a direct child element, trimmed, or null when there is none. */
    private static String childText(Element parent, String name) {
        for (org.w3c.dom.Node child = parent.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element element && element.getTagName().equals(name)) {
                return element.getTextContent().trim();
            }
        }
        return null;
    }
}
