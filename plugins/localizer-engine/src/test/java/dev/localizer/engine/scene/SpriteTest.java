package dev.localizer.engine.scene;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.sun.net.httpserver.HttpServer;

import dev.localizer.engine.LocalizerException;

class SpriteTest {

    private static final String SVG_NS = "xmlns=\"http://www.w3.org/2000/svg\" xmlns:xlink=\"http://www.w3.org/1999/xlink\"";

    @TempDir
    Path folder;

    /** A local web server that records every request, to prove that SVG sprites fetch nothing. */
    private HttpServer server;
    private final List<String> requests = new CopyOnWriteArrayList<>();

    @BeforeEach
    void startServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            requests.add(exchange.getRequestURI().toString());
            byte[] body = "<svg xmlns=\"http://www.w3.org/2000/svg\"/>".getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
    }

    @AfterEach
    void stopServer() {
        server.stop(0);
    }

    private String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    private static Sprite svg(String body) {
        return Sprite.fromBytes(TestImages.utf8(body), "test.svg", "thing");
    }

    @Test
    void svgIsDrawnCrispAtEachSize() {
        Sprite sprite = svg("<svg " + SVG_NS + " width=\"10\" height=\"8\"><rect x=\"0\" y=\"0\" width=\"5\" height=\"8\" "
                + "fill=\"#00ff00\"/></svg>");
        assertEquals(10, sprite.width());
        assertEquals(8, sprite.height());
        assertTrue(sprite.warning().isEmpty());
        BufferedImage large = sprite.image(40, 32);
        // Left half opaque green, right half transparent, with a sharp edge at x = 20.
        assertEquals(0xFF00FF00, large.getRGB(19, 16));
        assertEquals(0, large.getRGB(20, 16) >>> 24);
        assertEquals(0xFF00FF00, large.getRGB(0, 31));
        BufferedImage small = sprite.image(5, 4);
        assertEquals(0xFF00FF00, small.getRGB(1, 1));
        assertEquals(0, small.getRGB(3, 1) >>> 24);
    }

    @Test
    void styleSheetsInsideTheSvgApply() {
        Sprite sprite = svg("<svg " + SVG_NS + " width=\"4\" height=\"4\"><style type=\"text/css\">.a { fill: #ff00ff; }"
                + "</style><rect class=\"a\" width=\"4\" height=\"4\"/></svg>");
        assertEquals(0xFFFF00FF, sprite.image(4, 4).getRGB(1, 1));
    }

    @Test
    void scriptsInSvgNeverRun() {
        Sprite sprite = svg("<svg " + SVG_NS + " width=\"4\" height=\"4\" onload=\"document.getElementById('r')"
                + ".setAttribute('fill','#ff0000')\"><script type=\"text/ecmascript\">"
                + "document.getElementById('r').setAttribute('fill','#ff0000');</script>"
                + "<rect id=\"r\" width=\"4\" height=\"4\" fill=\"#0000ff\"/></svg>");
        assertEquals(0xFF0000FF, sprite.image(4, 4).getRGB(2, 2));
        assertTrue(requests.isEmpty());
    }

    @Test
    void externalImagesAreRefusedWithoutFetching() {
        String body = "<svg " + SVG_NS + " width=\"4\" height=\"4\"><image xlink:href=\"" + url("/picture.png")
                + "\" width=\"4\" height=\"4\"/></svg>";
        LocalizerException error = assertThrows(LocalizerException.class, () -> svg(body).image(4, 4));
        assertTrue(error.getMessage().contains("test.svg"), error.getMessage());
        assertTrue(requests.isEmpty(), "fetched " + requests);
    }

    @Test
    void imagesEmbeddedAsDataUrlsAreDrawn() {
        String embedded = java.util.Base64.getEncoder().encodeToString(
                TestImages.png(TestImages.solid(2, 2, new java.awt.Color(0, 255, 255))));
        Sprite sprite = svg("<svg " + SVG_NS + " width=\"4\" height=\"4\"><image width=\"4\" height=\"4\" "
                + "preserveAspectRatio=\"none\" xlink:href=\"data:image/png;base64," + embedded + "\"/></svg>");
        assertEquals(0xFF00FFFF, sprite.image(4, 4).getRGB(1, 1));
    }

    @Test
    void externalDocumentsAndStyleSheetsAreNotFetched() {
        String use = "<svg " + SVG_NS + " width=\"4\" height=\"4\"><use xlink:href=\"" + url("/other.svg#a") + "\"/></svg>";
        assertThrows(LocalizerException.class, () -> svg(use).image(4, 4));
        String css = "<svg " + SVG_NS + " width=\"4\" height=\"4\"><style type=\"text/css\">@import url(" + url("/style.css")
                + ");</style><rect width=\"4\" height=\"4\" fill=\"#0000ff\"/></svg>";
        String stylesheet = "<?xml-stylesheet type=\"text/css\" href=\"" + url("/sheet.css") + "\"?><svg " + SVG_NS
                + " width=\"4\" height=\"4\"><rect width=\"4\" height=\"4\" fill=\"#0000ff\"/></svg>";
        String paint = "<svg " + SVG_NS + " width=\"4\" height=\"4\"><rect width=\"4\" height=\"4\" fill=\"url("
                + url("/paint.svg#gradient") + ")\"/></svg>";
        for (String body : new String[] {css, stylesheet, paint}) {
            try {
                svg(body).image(4, 4);
            } catch (LocalizerException refused) {
                assertTrue(refused.getMessage().contains("test.svg"));
            }
        }
        assertTrue(requests.isEmpty(), "fetched " + requests);
    }

    @Test
    void externalEntitiesAreNeverResolved() throws IOException {
        Path secret = Files.writeString(folder.resolve("secret.txt"), "TOP-SECRET");
        String[] attacks = {
            "<!DOCTYPE svg [<!ENTITY leak SYSTEM \"" + secret.toUri() + "\">]><svg " + SVG_NS
                    + " width=\"4\" height=\"4\"><title>&leak;</title></svg>",
            "<!DOCTYPE svg [<!ENTITY remote SYSTEM \"" + url("/entity") + "\">]><svg " + SVG_NS
                    + " width=\"4\" height=\"4\"><title>&remote;</title></svg>",
            "<!DOCTYPE svg [<!ENTITY % dtd SYSTEM \"" + url("/dtd") + "\"> %dtd;]><svg " + SVG_NS
                    + " width=\"4\" height=\"4\"/>",
            "<!DOCTYPE svg SYSTEM \"" + url("/external.dtd") + "\"><svg " + SVG_NS + " width=\"4\" height=\"4\"/>",
        };
        for (String attack : attacks) {
            try {
                Sprite sprite = svg(attack);
                assertEquals(4, sprite.image(4, 4).getWidth());
            } catch (LocalizerException refused) {
                assertFalse(refused.getMessage().contains("TOP-SECRET"));
            }
        }
        assertTrue(requests.isEmpty(), "fetched " + requests);
    }

    @Test
    void entityExpansionBombIsRefused() {
        StringBuilder doctype = new StringBuilder("<!DOCTYPE svg [<!ENTITY a0 \"lollollollollol\">");
        for (int level = 1; level <= 10; level++) {
            doctype.append("<!ENTITY a").append(level).append(" \"")
                    .append(("&a" + (level - 1) + ";").repeat(10)).append("\">");
        }
        String bomb = doctype + "]><svg " + SVG_NS + " width=\"4\" height=\"4\"><title>&a10;</title></svg>";
        assertThrows(LocalizerException.class, () -> svg(bomb));
    }

    @Test
    void deeplyNestedElementsAreRefusedWithTheLimit() {
        String deep = "<svg " + SVG_NS + " width=\"4\" height=\"4\">" + "<g>".repeat(2000)
                + "<rect width=\"4\" height=\"4\"/>" + "</g>".repeat(2000) + "</svg>";
        String message = assertThrows(LocalizerException.class, () -> svg(deep).image(4, 4)).getMessage();
        assertTrue(message.contains("test.svg") && message.contains("more than " + SvgDocument.MAX_ELEMENT_DEPTH + " deep"),
                message);
    }

    @Test
    void nestingUpToTheLimitIsDrawn() {
        // The <svg> element and the <rect> are two of the levels.
        int groups = SvgDocument.MAX_ELEMENT_DEPTH - 2;
        String deepest = "<svg " + SVG_NS + " width=\"4\" height=\"4\">" + "<g>".repeat(groups)
                + "<rect width=\"4\" height=\"4\" fill=\"#ff0000\"/>" + "</g>".repeat(groups) + "</svg>";
        assertEquals(0xFFFF0000, svg(deepest).image(4, 4).getRGB(2, 2));
    }

    @Test
    void quadraticEntityExpansionIsRefused() {
        // One long entity used many times: few levels, so the JDK's default limits on expansions let it through.
        String entity = "x".repeat(1000);
        String bomb = "<!DOCTYPE svg [<!ENTITY big \"" + entity + "\">]><svg " + SVG_NS + " width=\"4\" height=\"4\">"
                + "<title>" + "&big;".repeat(200) + "</title></svg>";
        String message = assertThrows(LocalizerException.class, () -> svg(bomb)).getMessage();
        assertTrue(message.contains("test.svg") && message.contains(SvgDocument.MAX_ENTITY_CHARACTERS + " characters"),
                message);
        // A few short entities, as some editors write them, still work.
        Sprite named = svg("<!DOCTYPE svg [<!ENTITY red \"#ff0000\">]><svg " + SVG_NS + " width=\"4\" height=\"4\">"
                + "<rect width=\"4\" height=\"4\" fill=\"&red;\"/></svg>");
        assertEquals(0xFFFF0000, named.image(4, 4).getRGB(1, 1));
    }

    @Test
    void embeddedImagesLargerThanSpritesAreRefusedFromTheirHeaderWithAShortMessage() {
        // A PNG header declaring 30000×30000 pixels, padded so that the data: URL is long.
        byte[] png = TestImages.png(TestImages.solid(1, 1, java.awt.Color.RED));
        java.nio.ByteBuffer.wrap(png, 16, 8).putInt(30_000).putInt(30_000);
        byte[] padded = java.util.Arrays.copyOf(png, png.length + 30_000);
        String embedded = java.util.Base64.getEncoder().encodeToString(padded);
        String body = "<svg " + SVG_NS + " width=\"4\" height=\"4\"><image width=\"4\" height=\"4\" "
                + "xlink:href=\"data:image/png;base64," + embedded + "\"/></svg>";
        String message = assertThrows(LocalizerException.class, () -> svg(body).image(4, 4)).getMessage();
        assertTrue(message.contains("test.svg") && message.contains("30000×30000"), message);
        assertTrue(message.length() < 500, "a short message: " + message.length() + " characters");
    }

    @Test
    void embeddedSvgDocumentsAreRefused() {
        String inner = java.util.Base64.getEncoder().encodeToString(TestImages.utf8(
                "<svg " + SVG_NS + " width=\"4\" height=\"4\"><rect width=\"4\" height=\"4\"/></svg>"));
        String body = "<svg " + SVG_NS + " width=\"4\" height=\"4\"><image width=\"4\" height=\"4\" "
                + "xlink:href=\"data:image/svg+xml;base64," + inner + "\"/></svg>";
        String message = assertThrows(LocalizerException.class, () -> svg(body).image(4, 4)).getMessage();
        assertTrue(message.contains("test.svg") && message.contains("embeds an SVG document"), message);
    }

    @Test
    void messagesQuoteOnlyTheStartOfLongDataUrls() {
        String url = "data:image/png;base64," + "A".repeat(5000);
        String shortened = SvgDocument.shorten("The URI \"" + url + "\" is bad");
        assertTrue(shortened.startsWith("The URI \"data:image/png;base64,AAAA") && shortened.contains("(5022 characters)")
                && shortened.endsWith("\" is bad") && shortened.length() < 200, shortened);
    }

    @Test
    void unreadableSpritesAreExplained() throws IOException {
        Path garbage = Files.write(folder.resolve("noise.png"), new byte[] {1, 2, 3, 4, 5});
        String message = assertThrows(LocalizerException.class, () -> Sprite.fromFile(garbage)).getMessage();
        assertTrue(message.contains("noise.png") && message.contains("not a PNG"), message);
        message = assertThrows(LocalizerException.class, () -> Sprite.fromFile(folder.resolve("missing.png"))).getMessage();
        assertTrue(message.contains("missing.png") && message.contains("does not exist"), message);
        message = assertThrows(LocalizerException.class,
                () -> Sprite.fromBytes(TestImages.utf8("<svg " + SVG_NS + " width=\"4\"><rect"), "broken.svg", "x"))
                .getMessage();
        assertTrue(message.contains("broken.svg") && message.contains("not well-formed"), message);
        message = assertThrows(LocalizerException.class,
                () -> Sprite.fromBytes(TestImages.utf8("<svg xmlns=\"urn:other\"/>"), "odd.svg", "x")).getMessage();
        assertTrue(message.contains("not SVG"), message);
        message = assertThrows(LocalizerException.class, () -> Sprite.fromImage(TestImages.solid(2, 2,
                java.awt.Color.RED), "red", " ")).getMessage();
        assertTrue(message.contains("class name is empty"), message);
    }

    @Test
    void svgWithOnlyAViewBoxTakesItsSize() {
        Sprite sprite = svg("<svg " + SVG_NS + " viewBox=\"0 0 30 20\"><rect width=\"30\" height=\"20\" fill=\"#ff0000\"/></svg>");
        assertEquals(30, sprite.width());
        assertEquals(20, sprite.height());
        assertEquals(0xFFFF0000, sprite.image(60, 40).getRGB(59, 39));
    }

    @Test
    void hugeDeclaredSizesAreRefusedBeforeDrawing() {
        String message = assertThrows(LocalizerException.class,
                () -> svg("<svg " + SVG_NS + " width=\"100000\" height=\"100000\"/>")).getMessage();
        assertTrue(message.contains("100000×100000") && message.contains("smaller picture"), message);
        // A PNG header declaring 100000×100000 pixels, without the pixels.
        byte[] png = TestImages.png(TestImages.solid(1, 1, java.awt.Color.RED));
        java.nio.ByteBuffer.wrap(png, 16, 8).putInt(100_000).putInt(100_000);
        message = assertThrows(LocalizerException.class, () -> Sprite.fromBytes(png, "bomb.png", "x")).getMessage();
        assertEquals("The sprite bomb.png is 100000×100000 px, larger than the 16384 px per side and 67108864 pixels"
                + " accepted; use a smaller picture", message);
    }

    @Test
    void gifTransparencyIsRespected() {
        BufferedImage picture = TestImages.block(6, 6, 1, 1, 3, 3, 0xFF0000FF);
        Sprite sprite = Sprite.fromBytes(TestImages.encode(picture, "gif"), "dot.gif", "dot");
        assertTrue(sprite.warning().isEmpty());
        assertEquals(0xFF0000FF, sprite.image(6, 6).getRGB(2, 2));
        assertEquals(0, sprite.image(6, 6).getRGB(5, 5) >>> 24);
    }

    @Test
    void spriteFileGivesItsNameAsClass() throws IOException {
        Path file = Files.write(folder.resolve("kite.png"), TestImages.png(TestImages.block(5, 5, 1, 1, 2, 2, 0xFF123456)));
        Sprite sprite = Sprite.fromFile(file);
        assertEquals("kite", sprite.className());
        assertEquals(0xFF123456, sprite.image(5, 5).getRGB(1, 1));
        assertEquals(0, sprite.image(5, 5).getRGB(0, 0) >>> 24);
    }

    @Test
    void backgroundsAreCheckedAndOpaque() throws IOException {
        Path garbage = Files.write(folder.resolve("land.jpg"), new byte[] {9, 9, 9});
        String message = assertThrows(LocalizerException.class, () -> Background.fromFile(garbage)).getMessage();
        assertTrue(message.contains("land.jpg") && message.contains("background"), message);
        Background withAlpha = Background.fromImage(TestImages.block(8, 8, 0, 0, 8, 8, 0x80FF0000), "glass.png");
        assertTrue(withAlpha.warning().orElseThrow().contains("alpha"));
    }
}
