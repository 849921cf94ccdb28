package org.teikit.convert;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;

class FootnoteMarkerLocatorTest {
    private final FootnoteMarkerLocator locator = new FootnoteMarkerLocator(ConversionProfile.FRUS);

    private MarkerPlace[] locate(List<String> lines, Integer... numbers) {
        return locator.locate(lines, List.of(numbers)).places();
    }

    @Test
    void markersGluedToWordsPunctuationAndQuotes() {
        MarkerPlace[] p = locate(List.of("247. Telegram to Shultz in Singapore1",
                "translation:2 and U.S.3 In principle “zero option”4 and [not declassified]5 end"), 1, 2, 3, 4, 5);
        assertEquals(36, p[0].start());
        assertEquals(1, p[1].lineIndex());
        assertEquals("translation:".length(), p[1].start());
        assertEquals(List.of(2, 3, 4, 5), List.of(p[1].number(), p[2].number(), p[3].number(), p[4].number()));
    }

    @Test
    void numbersThatAreTextStayText() {
        MarkerPlace[] p = locate(List.of("1. Heading1",
                "In your letter of May 23, 1986 you note, SALT II, Document 246, para 3, at 0105Z, Tosec 110162/199602.",
                "It was agreed.2"), 1, 2);
        assertEquals(2, p[1].lineIndex());
    }

    @Test
    void orderDecidesBetweenLookalikes() {
        // "XXIII:2" looks like a marker too, but note 2 must come before note 3
        MarkerPlace[] p = locate(List.of("Community.2 We oppose under Article XXIII:2 of GATT.", "set out above.3"), 2, 3);
        assertEquals(0, p[0].lineIndex());
        assertEquals("Community.".length(), p[0].start());
        assertEquals(1, p[1].lineIndex());
    }

    @Test
    void dayAndYearWithMarkerGlued() {
        MarkerPlace[] p = locate(List.of("seen him on March 62 and", "Council, Washington, February 27, 19563"), 2, 3);
        assertEquals("seen him on March 6".length(), p[0].start());
        assertEquals("Council, Washington, February 27, 1956".length(), p[1].start());
    }

    @Test
    void numberAloneAtTheEndOfAHeading() {
        MarkerPlace[] p = locate(List.of("12. Memorandum to Secretary of Defense Brown 1", "See Document 3"), 1, 3);
        assertEquals(1, p[0].number());
        assertNull(p[1], "'Document 3' is a reference, not a marker");
    }

    @Test
    void missingMarkerLeavesTheNoteUnplaced() {
        MarkerPlace[] p = locate(List.of("Heading1", "Text.2"), 1, 2, 3);
        assertNull(p[2]);
    }

    @Test
    void explicitMarkerSyntax() {
        FootnoteMarkerLocator caret = new FootnoteMarkerLocator(ConversionProfile.FRUS.withNoteMarker("\\^(?<n>\\d+)"));
        MarkerPlace[] p = caret.locate(List.of("In 1986^1 he wrote^2."), List.of(1, 2)).places();
        assertEquals("In 1986".length(), p[0].start());
        assertEquals("In 1986^1 he wrote".length(), p[1].start());
    }
}
