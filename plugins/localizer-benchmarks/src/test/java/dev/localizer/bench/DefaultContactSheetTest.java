package dev.localizer.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;

class DefaultContactSheetTest {

    @Test
    void contactSheetShowsSixteenScenesInFourColumns() throws IOException {
        BufferedImage sheet = ImageIO.read(new ByteArrayInputStream(DefaultContactSheet.png()));
        assertEquals(4 * 200 + 5 * 8, sheet.getWidth());
        assertTrue(sheet.getHeight() > 4 * 200);
        Path committed = Path.of("../../assets/contact-sheet.png");
        if (Files.exists(committed)) {
            BufferedImage onDisk = ImageIO.read(committed.toFile());
            assertEquals(sheet.getWidth(), onDisk.getWidth(), "assets/contact-sheet.png is current; redraw it with "
                    + "assets/tools/contact-sheet.sh");
            assertEquals(sheet.getHeight(), onDisk.getHeight());
        }
    }
}
