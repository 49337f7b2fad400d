package dev.localizer.engine.scene;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Iterator;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.junit.jupiter.api.Test;

import dev.localizer.engine.LocalizerException;

class IndexedWorkTest {

    @Test
    void itemsMadeAheadArriveInOrderFromSeveralThreads() {
        Set<String> makers = ConcurrentHashMap.newKeySet();
        Iterator<Long> items = IndexedWork.ahead(3, item -> {
            makers.add(Thread.currentThread().getName() + "@" + System.identityHashCode(Thread.currentThread()));
            sleep((item * 7) % 5); // later items often finish first
            return item * item;
        });
        for (long item = 0; item < 40; item++) {
            assertEquals(item * item, items.next());
        }
        assertTrue(makers.size() > 1 && makers.size() <= 3, "made on 2 or 3 threads, not " + makers);
    }

    @Test
    void aFailureIsThrownForItsItemAfterTheItemsBeforeIt() {
        Iterator<Long> items = IndexedWork.ahead(2, item -> {
            if (item == 3) {
                throw new LocalizerException("item 3 is broken");
            }
            return item;
        });
        for (long item = 0; item < 3; item++) {
            assertEquals(item, items.next());
        }
        assertEquals("item 3 is broken", assertThrows(LocalizerException.class, items::next).getMessage());
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
