package dev.localizer.engine.render;

import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.util.List;
import java.util.Objects;

import dev.localizer.engine.LocalizerException;
import dev.localizer.engine.scene.Scene;

/** A grid of scenes with their boxes, each under a title, as PNG or SVG: a quick look at many scenes. */
public final class ContactSheet {

    /** One cell: a scene image, what to draw on it, and the title above it. */
    public record Tile(BufferedImage image, Overlay overlay, String title) {
        public Tile {
            Objects.requireNonNull(image, "image");
            Objects.requireNonNull(overlay, "overlay");
            Objects.requireNonNull(title, "title");
        }

        /** The scene with its true box, titled. */
        public static Tile of(Scene scene, String title) {
            return new Tile(scene.image(), Overlay.truthOf(scene), title);
        }
    }

    private static final int GAP = 8;
    private static final Color SHEET_COLOR = new Color(248, 248, 245);
    private static final Color TITLE_COLOR = new Color(40, 40, 40);

    private final BoxRenderer renderer;
    private final int columns;

    public ContactSheet(RenderStyle style, int columns) {
        if (columns <= 0) {
            throw new LocalizerException("The number of columns " + columns + " must be positive; use e.g. 4");
        }
        this.renderer = new BoxRenderer(style);
        this.columns = columns;
    }

    public BufferedImage draw(List<Tile> tiles) {
        Layout layout = layout(tiles);
        return BoxRenderer.drawImage(layout.width(), layout.height(), graphics -> paint(graphics, tiles, layout));
    }

    public byte[] png(List<Tile> tiles) {
        return BoxRenderer.encodePng(draw(tiles));
    }

    public String svg(List<Tile> tiles) {
        Layout layout = layout(tiles);
        return BoxRenderer.drawSvg(layout.width(), layout.height(), graphics -> paint(graphics, tiles, layout));
    }

    private record Layout(int cellWidth, int cellHeight, int titleHeight, int rows, int columns) {
        int width() {
            return columns * cellWidth + (columns + 1) * GAP;
        }

        int height() {
            return rows * (cellHeight + titleHeight) + (rows + 1) * GAP;
        }
    }

    private Layout layout(List<Tile> tiles) {
        if (tiles.isEmpty()) {
            throw new LocalizerException("A contact sheet needs at least one scene; none were given");
        }
        int cellWidth = tiles.stream().mapToInt(tile -> tile.image().getWidth()).max().orElseThrow();
        int cellHeight = tiles.stream().mapToInt(tile -> tile.image().getHeight()).max().orElseThrow();
        int usedColumns = Math.min(columns, tiles.size());
        int rows = (tiles.size() + usedColumns - 1) / usedColumns;
        int titleHeight = (int) Math.ceil(titleFont().getSize2D() * 1.6);
        return new Layout(cellWidth, cellHeight, titleHeight, rows, usedColumns);
    }

    private Font titleFont() {
        return new Font(Font.SANS_SERIF, Font.PLAIN, 1).deriveFont((float) (RenderStyle.LABEL_FONT_SIZE + 1));
    }

    private void paint(Graphics2D graphics, List<Tile> tiles, Layout layout) {
        graphics.setColor(SHEET_COLOR);
        graphics.fillRect(0, 0, layout.width(), layout.height());
        AffineTransform base = graphics.getTransform();
        for (int i = 0; i < tiles.size(); i++) {
            Tile tile = tiles.get(i);
            int x = GAP + (i % layout.columns()) * (layout.cellWidth() + GAP);
            int y = GAP + (i / layout.columns()) * (layout.cellHeight() + layout.titleHeight() + GAP);
            graphics.setTransform(base);
            graphics.setFont(titleFont());
            graphics.setColor(TITLE_COLOR);
            FontMetrics metrics = graphics.getFontMetrics();
            graphics.drawString(fit(tile.title(), metrics, layout.cellWidth()), x,
                    y + (layout.titleHeight() + metrics.getAscent() - metrics.getDescent()) / 2f);
            graphics.translate(x, y + layout.titleHeight());
            renderer.paint(graphics, tile.image(), tile.overlay());
        }
        graphics.setTransform(base);
    }

    /** The title, shortened with an ellipsis so that it fits the cell. */
    private static String fit(String title, FontMetrics metrics, int width) {
        if (metrics.stringWidth(title) <= width) {
            return title;
        }
        String shortened = title;
        while (!shortened.isEmpty() && metrics.stringWidth(shortened + "…") > width) {
            shortened = shortened.substring(0, shortened.length() - 1);
        }
        return shortened + "…";
    }
}
