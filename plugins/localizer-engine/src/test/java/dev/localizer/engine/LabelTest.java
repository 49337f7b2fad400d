package dev.localizer.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

class LabelTest {

    @Test
    void anObjectsClassIsFoundAmongTheModelsClasses() {
        Label label = Label.of(new Box(20, 50, 40, 25), "penguin");
        assertTrue(label.present());
        assertEquals(1, label.classIndex(List.of("fox", "penguin")));
        assertEquals("fox", label.withClassName("fox").className());
        assertEquals(label.box(), label.withClassName("fox").box());
    }

    @Test
    void theLabelOfAnImageWithoutAnObjectHasNoBoxAndNoClass() {
        assertFalse(Label.ABSENT.present());
        assertEquals(Box.NONE, Label.ABSENT.box());
        assertEquals("", Label.ABSENT.className());
    }

    @Test
    void aClassTheModelDoesNotKnowIsNamedInTheError() {
        LocalizerException error = assertThrows(LocalizerException.class,
                () -> Label.of(new Box(1, 1, 5, 5), "cat").classIndex(List.of("fox", "penguin")));
        assertTrue(error.getMessage().contains("'cat'") && error.getMessage().contains("[fox, penguin]"),
                error.getMessage());
    }
}
