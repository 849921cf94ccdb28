package org.teikit.convert;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import org.junit.jupiter.api.Test;

class ConversionProfileTest {
    @Test
    void literalPrefixOfMarkerPatterns() {
        assertEquals("[Page ", ConversionProfile.literalPrefix(ConversionProfile.FRUS.pageMarker().pattern()));
        assertEquals("[p. ", ConversionProfile.literalPrefix("\\[p\\. (?<n>\\d+)\\]"));
        assertEquals("|", ConversionProfile.literalPrefix("\\|(?<n>\\d+)\\|"));
        assertEquals("[", ConversionProfile.literalPrefix("\\[p?(?<n>\\d+)\\]"), "an optional literal ends the prefix");
        assertEquals("", ConversionProfile.literalPrefix("(?<n>\\d+)"));
    }

    @Test
    void prefilterNeverHidesAMarker() {
        ConversionProfile p = ConversionProfile.FRUS;
        assertTrue(p.mayHavePageMarker("agreed in Geneva [Page 1012] to"));
        assertFalse(p.mayHavePageMarker("agreed in Geneva to"));
    }

    @Test
    void propertiesOverrideAndBadPatternsAreRefused() throws Exception {
        ConversionProfile p = ConversionProfile.FRUS.overriddenBy(new StringReader("page.marker=\\\\[p\\\\. (?<n>\\\\d+)\\\\]\n"));
        assertTrue(p.pageMarker().matcher("[p. 12]").matches());
        assertThrows(IllegalArgumentException.class, () -> ConversionProfile.FRUS.withPageMarker("\\[(\\d+)\\]"));
        assertThrows(IllegalArgumentException.class, () -> ConversionProfile.FRUS.withNoteMarker("(?<n>"));
    }

    @Test
    void markerFormatsForWritingBack() {
        assertEquals(new ConversionProfile.MarkerFormat("[Page ", "]"), ConversionProfile.FRUS.pageMarkerFormat().orElseThrow());
        assertEquals(new ConversionProfile.MarkerFormat("", ""), ConversionProfile.FRUS.noteMarkerFormat().orElseThrow());
        ConversionProfile custom = ConversionProfile.FRUS.withPageMarker("\\|(?<n>\\d+)\\|").withNoteMarker("\\^(?<n>\\d+)");
        assertEquals(new ConversionProfile.MarkerFormat("|", "|"), custom.pageMarkerFormat().orElseThrow());
        assertEquals(new ConversionProfile.MarkerFormat("^", ""), custom.noteMarkerFormat().orElseThrow());
        assertTrue(ConversionProfile.FRUS.withPageMarker("\\[(?:p|Page) (?<n>\\d+)\\]").pageMarkerFormat().isEmpty());
    }
}
