package org.teikit.transform.pdf;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.fop.events.Event;
import org.apache.fop.events.EventFormatter;
import org.apache.fop.events.EventListener;
import org.apache.fop.events.model.EventSeverity;
import org.teikit.diag.Severity;

/**
 * Listens to FOP's events during one rendering: the characters no font has a glyph for (FOP prints
 * them as '#'), and FOP's other warnings and errors as messages. Registering a listener also keeps
 * FOP from logging the events itself. Not thread-safe: one per rendering.
 */
final class FopEvents implements EventListener {
    static final String GLYPH_NOT_AVAILABLE = "org.apache.fop.fonts.FontEventProducer.glyphNotAvailable";

    /** A finding of FOP's, with its event id and message. */
    record Finding(String eventId, Severity severity, String message) {
    }

    private final Map<Integer, Set<String>> missing = new LinkedHashMap<>();
    private final Set<Finding> findings = new LinkedHashSet<>();

    @Override
    public void processEvent(Event event) {
        if (GLYPH_NOT_AVAILABLE.equals(event.getEventID())) {
            glyph(event);
            return;
        }
        EventSeverity severity = event.getSeverity();
        if (severity == EventSeverity.WARN || severity == EventSeverity.ERROR || severity == EventSeverity.FATAL) {
            // FOP's "(See position -1:-1)": the FO comes as SAX events without positions
            String message = EventFormatter.format(event).replace(" (See position -1:-1)", "");
            findings.add(new Finding(event.getEventID(), severity == EventSeverity.WARN ? Severity.WARNING : Severity.ERROR,
                    message));
        }
    }

    private void glyph(Event event) {
        if (event.getParam("ch") instanceof Character c) {
            missing.computeIfAbsent((int) c, k -> new LinkedHashSet<>()).add(String.valueOf(event.getParam("fontName")));
        }
    }

    /**
     * The characters FOP found no glyph for, in the order met, with the fonts it looked in. FOP names
     * a character outside the Basic Multilingual Plane by its lower 16 bits only (U+1F4A9 as U+F4A9).
     */
    Map<Integer, Set<String>> missingGlyphs() {
        return missing;
    }

    List<Finding> findings() {
        return new ArrayList<>(findings);
    }
}
