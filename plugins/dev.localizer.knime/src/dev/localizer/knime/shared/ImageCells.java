package dev.localizer.knime.shared;

import java.awt.Color;
import java.awt.Dimension;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.util.Optional;

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
import org.knime.filehandling.core.connections.location.FSPathProvider;
import org.knime.filehandling.core.connections.location.FSPathProviderFactory;
import org.knime.filehandling.core.data.location.FSLocationValue;

import dev.localizer.engine.LocalizerException;
import dev.localizer.engine.image.DecodedImage;
import dev.localizer.engine.image.ImageDecoder;
import dev.localizer.engine.image.ImageDecoder.Resolution;
import dev.localizer.engine.render.BoxRenderer;

/**
 * Pictures in and out of KNIME tables: reads an image cell, a path cell (through KNIME's file handling) or a string
 * holding a file path or URL (KNIME URLs such as {@code knime://knime.workflow/…} included), and makes PNG image
 * cells.
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
        String location = cell instanceof FSLocationValue path ? path.getFSLocation().getPath()
            : ((StringValue)cell).getStringValue();
        return ImageDecoder.decode(readCell(cell, where), "\"" + location + "\" (" + where + ")", resolution);
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
        return readCell(cell, where);
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

    /** The file bytes a path cell or a string cell (a file path or URL) points to. */
    private static byte[] readCell(final DataCell cell, final String where) {
        return cell instanceof FSLocationValue path ? readPath(path.getFSLocation(), where)
            : readLocation(((StringValue)cell).getStringValue(), where);
    }

    /**
     * The bytes of the file at a path cell's location, through KNIME's file handling, so that paths relative to the
     * workflow or a mount point and Hub spaces are read wherever that file system keeps them.
     */
    private static byte[] readPath(final FSLocation location, final String where) {
        if (FSCategory.CONNECTED.name().equals(location.getFileSystemCategory())) {
            throw new LocalizerException("The path in " + where + " (\"" + location.getPath() + "\") lies on a "
                + "connected file system, which the Localizer nodes cannot reach: they have no file system port. "
                + "Copy the images to the local disk first (e.g. with Transfer Files), or give local paths or URLs.");
        }
        try (FSPathProviderFactory factory = FSPathProviderFactory.newFactory(Optional.empty(), location);
                FSPathProvider provider = factory.create(location)) {
            return Files.readAllBytes(provider.getPath());
        } catch (IOException | RuntimeException e) {
            throw new LocalizerException("Cannot read \"" + location.getPath() + "\" (" + where + ", file system "
                + location.getFileSystemCategory() + location.getFileSystemSpecifier().map(s -> " " + s).orElse("")
                + "): " + String.valueOf(e.getMessage()).replaceAll("\\.+$", "") + ". Check that the file exists "
                + "and is readable.", e);
        }
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
}
