package org.teikit.convert;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.teikit.model.Correspondence;

class HeadingParserTest {
    private final HeadingParser headings = new HeadingParser();

    @Test
    void kindSenderAddresseeAndPlace() {
        assertEquals(new Correspondence("telegram", "Department of State", null, "Secretary of State Shultz", "Singapore"),
                headings.correspondence("Telegram From the Department of State to Secretary of State Shultz in Singapore"));
        assertEquals(new Correspondence("telegram", "Embassy in the Soviet Union", "Soviet Union", "Department of State", null),
                headings.correspondence("Telegram From the Embassy in the Soviet Union to the Department of State"));
    }

    @Test
    void kinds() {
        assertEquals("memorandum-of-conversation", headings.kind("Memorandum of Conversation"));
        assertEquals("editorial-note", headings.kind("Editorial Note"));
        assertEquals("letter", headings.kind("Letter From Secretary of Agriculture Hardin to Secretary of State Rogers"));
        assertEquals("document", headings.kind("Untitled"));
    }
}
