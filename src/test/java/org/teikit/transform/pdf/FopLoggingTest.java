package org.teikit.transform.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;

/**
 * FOP's records in java.util.logging (where commons-logging sends them when no other framework is
 * present, as in teikit's jar) go to the rendering of the thread that logged them, not to the console.
 */
class FopLoggingTest {
    @Test
    void recordsGoToTheRenderingOfTheirThread() throws Exception {
        FopLogging.route();
        Logger fop = Logger.getLogger("org.apache.fop.layoutmgr.Test");
        assertFalse(Logger.getLogger("org.apache.fop").getUseParentHandlers(), "no console handler above FOP's loggers");
        List<String> mine = new ArrayList<>();
        List<String> other = new ArrayList<>();
        try (FopLogging.Scope scope = FopLogging.capture(mine)) {
            fop.warning("an overfull line");
            fop.info("a note FOP keeps to itself");
            Thread thread = new Thread(() -> {
                try (FopLogging.Scope otherScope = FopLogging.capture(other)) {
                    fop.severe("another document's problem");
                }
            });
            thread.start();
            thread.join();
        }
        fop.warning("after the rendering: dropped");
        assertEquals(List.of("an overfull line"), mine);
        assertEquals(List.of("another document's problem"), other);
    }
}
