package dev.localizer.knime.shared;

import java.awt.Color;
import java.awt.Dimension;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;

import org.knime.core.data.DataCell;
import org.knime.core.data.DataRow;
import org.knime.core.data.StringValue;
import org.knime.core.data.image.ImageContent;
import org.knime.core.data.image.ImageValue;
import org.knime.core.data.image.png.PNGImageCellFactory;
import org.knime.core.data.image.png.PNGImageValue;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.util.FileUtil;
import org.knime.filehandling.core.connections.FSCategory;
import org.knime.filehandling.core.connections.FSLocation;
import org.knime.filehandling.core.data.location.FSLocationValue;

import dev.localizer.engine.LocalizerException;
import dev.localizer.engine.image.DecodedImage;
import dev.localizer.engine.image.ImageDecoder;
import dev.localizer.engine.image.ImageDecoder.Resolution;
import dev.localizer.engine.render.BoxRenderer;

/**
 * Pictures in and out of KNIME tables: reads an image cell, a path cell or a string holding a file path or URL
 * (KNIME URLs such as {@code knime://knime.workflow/…} included), and makes PNG image cells.
 */
public final class ImageCells {

    private ImageCells() {
    }

    /**
     * The picture a row's cell holds or points to, whole and as shown (a JPEG's EXIF orientation applied).
     *
     * @throws LocalizerException when the cell is missing, cannot be read or is not an image
     */
    public static BufferedImage read(final DataRow row, final int column, final String columnName) {
        return read(row, column, columnName, Resolution.whole()).pixels();
    }

    /**
     * The picture a row's cell holds or points to, as shown, decoded at that resolution, with the size of the
     * picture itself, in whose pixels boxes are given.
     *
     * @throws LocalizerException when the cell is missing, cannot be read or is not an image
     */
    public static DecodedImage read(final DataRow row, final int column, final String columnName,
        final Resolution resolution) {
        DataCell cell = present(row, column, columnName);
        String where = where(row, columnName);
        if (cell instanceof PNGImageValue png) {
            return ImageDecoder.decode(png.getImageContent().getByteArrayReference(), "the picture in " + where,
                resolution);
        }
        if (cell instanceof ImageValue image) {
            return ImageDecoder.fit(paint(image.getImageContent(), where), resolution);
        }
        String location = location(cell, where);
        return ImageDecoder.decode(readLocation(location, where), "\"" + location + "\" (" + where + ")", resolution);
    }

    /**
     * The file bytes of the picture a row's cell holds or points to, in its own format (PNG, SVG, …), for engine
     * code that treats formats differently, such as sprites drawn from SVG at each size.
     */
    public static byte[] bytes(final DataRow row, final int column, final String columnName) {
        DataCell cell = present(row, column, columnName);
        String where = where(row, columnName);
        if (cell instanceof ImageValue image) {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try {
                image.getImageContent().save(bytes);
            } catch (IOException e) {
                throw new LocalizerException("Cannot take the image out of " + where + ": " + e.getMessage(), e);
            }
            return bytes.toByteArray();
        }
        return readLocation(location(cell, where), where);
    }

    /** The bytes of a file at a local path, a URL or a KNIME URL. */
    public static byte[] readLocation(final String location, final String where) {
        try (InputStream in = FileUtil.openInputStream(location.trim())) {
            return in.readAllBytes();
        } catch (IOException | InvalidSettingsException | RuntimeException e) {
            throw new LocalizerException("Cannot read \"" + location + "\" (" + where + "): " + e.getMessage()
                + ". Check that the file exists and is readable.", e);
        }
    }

    /** A PNG image cell holding the picture. */
    public static DataCell png(final BufferedImage image) {
        return PNGImageCellFactory.create(BoxRenderer.encodePng(image));
    }

    /** A PNG image cell holding the given PNG bytes. */
    public static DataCell png(final byte[] pngBytes) {
        return PNGImageCellFactory.create(pngBytes);
    }

    private static DataCell present(final DataRow row, final int column, final String columnName) {
        DataCell cell = row.getCell(column);
        if (cell.isMissing()) {
            throw new LocalizerException("The image in " + where(row, columnName) + " is missing. Filter out rows "
                + "without images (e.g. with a Row Filter) before this node.");
        }
        return cell;
    }

    private static String where(final DataRow row, final String columnName) {
        return "row \"" + row.getKey() + "\", column \"" + columnName + "\"";
    }

    private static String location(final DataCell cell, final String where) {
        return cell instanceof FSLocationValue path ? location(path.getFSLocation(), where)
            : ((StringValue)cell).getStringValue();
    }

    /** Other image types (e.g. SVG cells) know how to paint themselves at their preferred size. */
    private static BufferedImage paint(final ImageContent content, final String where) {
        Dimension size = content.getPreferredSize();
        if (size == null || size.width <= 0 || size.height <= 0) {
            throw new LocalizerException("The image in " + where + " has no size (" + size
                + "). Convert it to a PNG image column first.");
        }
        BufferedImage image = new BufferedImage(size.width, size.height, BufferedImage.TYPE_INT_RGB);
        Graphics2D graphics = image.createGraphics();
        try {
            graphics.setColor(Color.WHITE);
            graphics.fillRect(0, 0, size.width, size.height);
            content.paint(graphics, size.width, size.height);
        } finally {
            graphics.dispose();
        }
        return image;
    }

    /** A location string {@link FileUtil#openInputStream(String)} understands. */
    private static String location(final FSLocation location, final String where) {
        String category = location.getFileSystemCategory();
        String path = location.getPath();
        String relative = path.startsWith("/") ? path.substring(1) : path;
        if (FSCategory.LOCAL.name().equals(category) || FSCategory.CUSTOM_URL.name().equals(category)) {
            return path;
        }
        if (FSCategory.RELATIVE.name().equals(category) || FSCategory.MOUNTPOINT.name().equals(category)) {
            String root = location.getFileSystemSpecifier().orElseThrow(() -> new LocalizerException(
                "The path in " + where + " is relative but names no root. Re-create it with the List Files/Folders node."));
            return "knime://" + root + "/" + relative;
        }
        throw new LocalizerException("The path in " + where + " lies on a file system of category " + category
            + ", which the Localizer nodes cannot read. Use a local path, a path relative to the workflow or "
            + "mountpoint, or a URL; or copy the images to the local disk first (e.g. with Transfer Files).");
    }
}
