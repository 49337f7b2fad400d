package dev.localizer.engine.scene;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.geom.Dimension2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.ref.WeakReference;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import org.apache.batik.anim.dom.SVGDOMImplementation;
import org.apache.batik.bridge.BridgeContext;
import org.apache.batik.bridge.BridgeException;
import org.apache.batik.bridge.ExternalResourceSecurity;
import org.apache.batik.bridge.GVTBuilder;
import org.apache.batik.bridge.NoLoadExternalResourceSecurity;
import org.apache.batik.bridge.NoLoadScriptSecurity;
import org.apache.batik.bridge.ScriptSecurity;
import org.apache.batik.bridge.UserAgentAdapter;
import org.apache.batik.dom.util.DOMUtilities;
import org.apache.batik.ext.awt.RenderingHintsKeyExt;
import org.apache.batik.gvt.GraphicsNode;
import org.apache.batik.util.ParsedURL;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.xml.sax.SAXException;

import dev.localizer.engine.LocalizerException;

/**
 * An SVG sprite, parsed once and painted at any size. SVG is untrusted input, so:
 * <ul>
 * <li>the XML is parsed by the JDK parser with secure processing, no external DTD, no external entities
 * (general or parameter), entities that expand to at most {@value #MAX_ENTITY_CHARACTERS} characters in all, and
 * elements nested at most {@value #MAX_ELEMENT_DEPTH} deep (Batik draws nested groups recursively, so deeper
 * documents would exhaust the stack); Batik only ever sees the resulting DOM tree;</li>
 * <li>Batik builds a static document (scripts never run) with a user agent that refuses every script and every
 * external resource (images, fonts, style sheets, referenced documents); raster images embedded as data: URLs
 * still work, within the size limits of sprites, checked from their headers before they are decoded; embedded SVG
 * documents are refused, since they would bypass these limits. A refused reference is an error, not a silently
 * incomplete sprite. Messages shorten the long data: URLs they quote.</li>
 * </ul>
 */
final class SvgDocument {

    private static final String PLACEHOLDER_URI = "file:///untrusted-sprite.svg";
    /** Far deeper than drawings nest their groups, well within what Batik's recursion survives on a thread's stack. */
    static final int MAX_ELEMENT_DEPTH = 200;
    /** All entity expansions of one document together; real documents use a few short namespace entities. */
    static final int MAX_ENTITY_CHARACTERS = 100_000;
    private static final String JDK_LIMITS = "http://www.oracle.com/xml/jaxp/properties/";
    /** How much of a long value, such as a data: URL, messages quote. */
    private static final int QUOTED_CHARACTERS = 80;

    private final String source;
    private final GraphicsNode root;
    private final double width;
    private final double height;

    private SvgDocument(String source, GraphicsNode root, double width, double height) {
        this.source = source;
        this.root = root;
        this.width = width;
        this.height = height;
    }

    static SvgDocument parse(byte[] bytes, String source) {
        Document plain = parseXml(bytes, source);
        sizeFromViewBox(plain.getDocumentElement(), source);
        Document svg = DOMUtilities.deepCloneDocument(plain, SVGDOMImplementation.getDOMImplementation());
        // Batik's style sheet parser needs a document address; nothing is ever loaded relative to it.
        svg.setDocumentURI(PLACEHOLDER_URI);
        RefusingUserAgent agent = new RefusingUserAgent(source);
        BridgeContext context = new BridgeContext(agent);
        context.setDynamicState(BridgeContext.STATIC);
        try {
            GraphicsNode root = new GVTBuilder().build(context, svg);
            Dimension2D size = context.getDocumentSize();
            if (size == null || !(size.getWidth() > 0) || !(size.getHeight() > 0)) {
                throw new LocalizerException("The SVG sprite " + source + " has no size; give its <svg> element "
                        + "width and height attributes or a viewBox");
            }
            return new SvgDocument(source, root, size.getWidth(), size.getHeight());
        } catch (LocalizerException e) {
            throw e;
        } catch (BridgeException | SecurityException e) {
            throw new LocalizerException("The SVG sprite " + source + " cannot be drawn: " + shorten(e.getMessage())
                    + "; fix the document (external files and scripts are not allowed, embed images as data: URLs)", e);
        } catch (RuntimeException e) {
            throw new LocalizerException("The SVG sprite " + source + " cannot be drawn (" + shorten(e.toString())
                    + "); simplify the document or save it as a PNG", e);
        } finally {
            context.dispose();
        }
    }

    /**
     * Gives an {@code <svg>} without an absolute width or height the size of its viewBox: left alone, Batik would
     * size it relative to a viewport that sprites do not have.
     */
    private static void sizeFromViewBox(Element root, String source) {
        boolean widthMissing = isRelative(root.getAttribute("width"));
        boolean heightMissing = isRelative(root.getAttribute("height"));
        if (!widthMissing && !heightMissing) {
            return;
        }
        String[] viewBox = root.getAttribute("viewBox").trim().split("[\\s,]+");
        if (viewBox.length != 4) {
            throw new LocalizerException("The SVG sprite " + source + " has no size; give its <svg> element "
                    + "width and height attributes or a viewBox");
        }
        if (widthMissing) {
            root.setAttribute("width", viewBox[2]);
        }
        if (heightMissing) {
            root.setAttribute("height", viewBox[3]);
        }
    }

    private static boolean isRelative(String length) {
        return length.isBlank() || length.trim().endsWith("%");
    }

    private static Document parseXml(byte[] bytes, String source) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setValidating(false);
            factory.setXIncludeAware(false);
            factory.setExpandEntityReferences(true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
            factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            factory.setAttribute(JDK_LIMITS + "maxElementDepth", Integer.toString(MAX_ELEMENT_DEPTH));
            factory.setAttribute(JDK_LIMITS + "totalEntitySizeLimit", Integer.toString(MAX_ENTITY_CHARACTERS));
            factory.setAttribute(JDK_LIMITS + "maxGeneralEntitySizeLimit", Integer.toString(MAX_ENTITY_CHARACTERS));
            DocumentBuilder builder = factory.newDocumentBuilder();
            builder.setEntityResolver((publicId, systemId) -> {
                throw new SAXException("external entity " + systemId + " is not allowed");
            });
            builder.setErrorHandler(null);
            Document document = builder.parse(new ByteArrayInputStream(bytes));
            if (!"svg".equals(document.getDocumentElement().getLocalName())
                    || !SVGDOMImplementation.SVG_NAMESPACE_URI.equals(document.getDocumentElement().getNamespaceURI())) {
                throw new LocalizerException("The sprite " + source + " is XML but not SVG (its root element is <"
                        + document.getDocumentElement().getNodeName() + ">, expected <svg xmlns=\""
                        + SVGDOMImplementation.SVG_NAMESPACE_URI + "\">)");
            }
            return document;
        } catch (SAXException e) {
            String message = String.valueOf(e.getMessage());
            // The JDK parser's limit messages name the depth limit, or carry the codes of the entity limits.
            if (message.contains("maxElementDepth")) {
                throw new LocalizerException("The SVG sprite " + source + " nests its elements more than "
                        + MAX_ELEMENT_DEPTH + " deep, the limit for sprites; flatten its groups", e);
            }
            if (message.matches("(?s).*JAXP0001000[134]:.*")) {
                throw new LocalizerException("The SVG sprite " + source + " expands XML entities beyond the "
                        + MAX_ENTITY_CHARACTERS + " characters allowed in sprites; write the document without "
                        + "entity declarations", e);
            }
            throw new LocalizerException("The SVG sprite " + source + " is not well-formed or not allowed XML ("
                    + shorten(message) + "); fix the document", e);
        } catch (ParserConfigurationException | IOException e) {
            throw new LocalizerException("The SVG sprite " + source + " cannot be parsed: " + e.getMessage(), e);
        }
    }

    double width() {
        return width;
    }

    double height() {
        return height;
    }

    /** The document painted into a premultiplied ARGB image of exactly the given pixel size. */
    BufferedImage paint(int pixelWidth, int pixelHeight) {
        BufferedImage image = new BufferedImage(pixelWidth, pixelHeight, BufferedImage.TYPE_INT_ARGB_PRE);
        Graphics2D graphics = image.createGraphics();
        try {
            graphics.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            graphics.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            graphics.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
            graphics.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            // Batik's filters draw onto the target image directly and complain on stderr without this hint.
            graphics.setRenderingHint(RenderingHintsKeyExt.KEY_BUFFERED_IMAGE, new WeakReference<>(image));
            graphics.setTransform(AffineTransform.getScaleInstance(pixelWidth / width, pixelHeight / height));
            // A GVT tree is not safe to paint from two threads at once.
            synchronized (root) {
                root.paint(graphics);
            }
        } catch (LocalizerException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new LocalizerException("The SVG sprite " + source + " cannot be painted: " + shorten(e.getMessage()), e);
        } finally {
            graphics.dispose();
        }
        return image;
    }

    /** Refuses scripts and external resources, and turns Batik's reported errors into exceptions. */
    private static final class RefusingUserAgent extends UserAgentAdapter {

        private final String source;

        RefusingUserAgent(String source) {
            this.source = source;
        }

        @Override
        public ScriptSecurity getScriptSecurity(String scriptType, ParsedURL scriptUrl, ParsedURL documentUrl) {
            return new NoLoadScriptSecurity(scriptType);
        }

        @Override
        public void checkLoadScript(String scriptType, ParsedURL scriptUrl, ParsedURL documentUrl) {
            throw new SecurityException("scripts are not allowed in sprites");
        }

        @Override
        public ExternalResourceSecurity getExternalResourceSecurity(ParsedURL resourceUrl, ParsedURL documentUrl) {
            return new NoLoadExternalResourceSecurity();
        }

        @Override
        public void checkLoadExternalResource(ParsedURL resourceUrl, ParsedURL documentUrl) {
            if (resourceUrl == null || !"data".equals(resourceUrl.getProtocol())) {
                throw new SecurityException("external resource " + shorten(String.valueOf(resourceUrl))
                        + " is not allowed in sprites");
            }
            String type = String.valueOf(resourceUrl.getContentType());
            if (type.contains("svg") || type.contains("xml")) {
                throw new LocalizerException("The SVG sprite " + source + " embeds an SVG document ("
                        + shorten(resourceUrl.toString()) + "), which sprites do not allow; draw its content into "
                        + "the sprite itself or embed it as a PNG");
            }
            checkEmbeddedImageSize(resourceUrl);
        }

        /** Refuses an embedded raster image that a sprite file of its own could not be, before it is decoded. */
        private void checkEmbeddedImageSize(ParsedURL resourceUrl) {
            String embedded = "embedded image " + shorten(resourceUrl.toString()) + " of the SVG sprite " + source;
            try (InputStream in = resourceUrl.openStreamRaw()) {
                ImageSources.checkDeclaredSize(in, embedded);
            } catch (IOException e) {
                throw new LocalizerException("The " + embedded + " cannot be read (" + shorten(e.getMessage())
                        + "); embed a PNG or JPEG", e);
            }
        }

        @Override
        public boolean isXMLParserValidating() {
            return false;
        }

        @Override
        public void displayError(Exception e) {
            if (e instanceof LocalizerException refused) {
                throw refused;
            }
            throw new LocalizerException("The SVG sprite " + source + " cannot be drawn: " + shorten(e.getMessage())
                    + "; external files and scripts are not allowed, embed images as data: URLs", e);
        }

        @Override
        public void displayError(String message) {
            throw new LocalizerException("The SVG sprite " + source + " cannot be drawn: " + shorten(message));
        }
    }

    /**
     * The text with every data: URL in it cut to its first characters, and at most a few hundred characters in
     * all: a message that quoted a whole embedded image would fill the terminal.
     */
    static String shorten(String text) {
        if (text == null) {
            return "";
        }
        Matcher dataUrl = Pattern.compile("data:[^\\s\"'<>()]{" + (QUOTED_CHARACTERS + 1) + ",}").matcher(text);
        StringBuilder shortened = new StringBuilder();
        while (dataUrl.find()) {
            String url = dataUrl.group();
            dataUrl.appendReplacement(shortened, Matcher.quoteReplacement(url.substring(0, QUOTED_CHARACTERS)
                    + "… (" + url.length() + " characters)"));
        }
        dataUrl.appendTail(shortened);
        int limit = 4 * QUOTED_CHARACTERS;
        return shortened.length() <= limit ? shortened.toString() : shortened.substring(0, limit) + "…";
    }
}
