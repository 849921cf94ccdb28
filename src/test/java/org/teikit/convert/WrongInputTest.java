package org.teikit.convert;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import nu.xom.Nodes;
import nu.xom.XPathContext;
import org.junit.jupiter.api.Test;
import org.teikit.TestData;
import org.teikit.Toolkit;
import org.teikit.diag.Diagnostic;
import org.teikit.io.InputDecodingException;
import org.teikit.io.TextDecoder;
import org.teikit.transform.RoundTrip;

/** Input that is wrong or odd is reported, and nothing in it is lost. */
class WrongInputTest {
    private static final String TEI = "http://www.tei-c.org/ns/1.0";
    private static final XPathContext NS = new XPathContext("tei", TEI);

    @Test
    void emptyFileIsAnErrorWithoutOutput() {
        Conversion c = TestData.convert("\n  \n");
        assertFalse(c.succeeded());
        assertEquals(List.of("CNV-001"), TestData.codes(c.diagnostics()));
    }

    @Test
    void noHeadingWarnsAndKeepsEveryBlock() {
        Conversion c = new PlainTextConverter(ConvertOptions.defaults()).convert("Just a paragraph.\n\nAnd another.", "notes/x.txt");
        assertEquals(List.of("CNV-002"), TestData.codes(c.diagnostics()));
        assertEquals("notes/x.txt:1:1", c.diagnostics().get(0).position().toString());
        assertEquals(2, c.tei().query("//tei:div/tei:p", NS).size());
        assertEquals("x", c.tei().query("//tei:titleStmt/tei:title", NS).get(0).getValue());
    }

    @Test
    void gapInNoteListIsReportedAndNumbersKept() {
        String text = "5. Letter From A to B1\n\nText one2 and four.4\n\n  1. Source.\n  2. Two.\n  4. Four.";
        Conversion c = TestData.convert(text);
        assertEquals(List.of("CNV-003"), TestData.codes(c.diagnostics()));
        assertEquals("test.txt:7:1", c.diagnostics().get(0).position().toString());
        Nodes notes = c.tei().query("//tei:text//tei:note", NS);
        assertEquals(3, notes.size());
        assertEquals("Four.", c.tei().query("//tei:note[@n='4']", NS).get(0).getValue());
        assertTrue(RoundTrip.compare(text, new Toolkit().textRenderer().render(c.tei()), "t").isEmpty());
    }

    @Test
    void noteWithoutMarkerIsKeptAtTheEndAndFlagged() {
        String text = "6. Memorandum From A to B1\n\nSome text.\n\n  1. Source: somewhere.\n  2. A note on a signature the copy left out.";
        Conversion c = TestData.convert(text);
        List<Diagnostic> d = c.diagnostics();
        assertEquals(List.of("CNV-004"), TestData.codes(d));
        assertEquals("test.txt:6:1", d.get(0).position().toString());
        Nodes unanchored = c.tei().query("//tei:div[@type='document']/tei:note[@anchored='false']", NS);
        assertEquals(1, unanchored.size());
        assertEquals("A note on a signature the copy left out.", unanchored.get(0).getValue());
        assertTrue(RoundTrip.compare(text, new Toolkit().textRenderer().render(c.tei()), "t").isEmpty());
    }

    @Test
    void sourceNoteMarkedZeroWhileListStartsAtOne() {
        String text = "9. Telegram From A to B0\n\nHe agreed.1 Then left.2\n\n  1. Source: file.\n  2. First.\n  3. Second.";
        Conversion c = TestData.convert(text);
        assertEquals(List.of("CNV-005"), TestData.codes(c.diagnostics()));
        assertEquals("source", ((nu.xom.Element) c.tei().query("//tei:head/tei:note", NS).get(0)).getAttributeValue("type"));
        assertEquals("0", ((nu.xom.Element) c.tei().query("//tei:head/tei:note", NS).get(0)).getAttributeValue("n"));
        assertEquals("Second.", c.tei().query("//tei:note[@n='2']", NS).get(0).getValue());
        assertTrue(RoundTrip.compare(text, new Toolkit().textRenderer().render(c.tei()), "t").isEmpty());
    }

    @Test
    void binaryDataIsRefusedWithItsPlace() {
        byte[] bytes = "1. Title\n\nab\u0000cd".getBytes(StandardCharsets.UTF_8);
        InputDecodingException e = assertThrows(InputDecodingException.class, () -> TextDecoder.utf8().decode(bytes, "b.txt"));
        assertEquals(12, e.byteOffset());
        assertEquals(3, e.line());
        assertEquals(3, e.column());
        assertTrue(e.getMessage().contains("b.txt") && e.getMessage().contains("binary"), e.getMessage());
    }

    @Test
    void latin1BytesAreRefusedUnlessTheEncodingIsNamed() throws Exception {
        byte[] bytes = "1. Note on M\u00fcller\n".getBytes(StandardCharsets.ISO_8859_1);
        InputDecodingException e = assertThrows(InputDecodingException.class, () -> TextDecoder.utf8().decode(bytes, "l.txt"));
        assertEquals(12, e.byteOffset());
        assertTrue(e.getMessage().contains("0xFC") && e.getMessage().contains("--encoding"), e.getMessage());
        assertEquals("1. Note on Müller\n", new TextDecoder(StandardCharsets.ISO_8859_1).decode(bytes, "l.txt"));
    }

    @Test
    void bomCrlfAndDecomposedAccentsAreNormalised() throws Exception {
        byte[] bytes = "\uFEFF1. Note on Mu\u0308ller\r\n\r\nText.\r\n".getBytes(StandardCharsets.UTF_8);
        assertEquals("1. Note on Müller\n\nText.\n", TextDecoder.utf8().decode(bytes, "c.txt"));
    }

    @Test
    void oddShapesStayValidTei() throws Exception {
        var teiAll = TestData.shared("schemas/tei_all.rng");
        var toolkit = new Toolkit();
        List<String> texts = List.of(
                "1. Letter From A to B\n\nWashington, May 3, 1980\n\nSincerely,\n\nJohn Smith",
                "2. Note From A to B\n\nDear Sir,\n\nApproved.",
                "3. Telegram From A to B\n\nBegin text:\n\nMoscow, May 3, 1980\n\nEnd text.",
                "14. -- from X to Y\n\nText.",
                "15. Telegram From Embassy [Page 9] Paris to Department of State\n\nText.");
        for (String text : texts) {
            Conversion c = new PlainTextConverter(ConvertOptions.defaults()).convert(text, "a b².txt");
            assertEquals(List.of(), TestData.errors(toolkit.relaxNg().validate(c.tei(), teiAll, "t")), text);
        }
        Conversion headless = new PlainTextConverter(ConvertOptions.defaults()).convert("Text only.", "a b².txt");
        assertEquals(List.of(), TestData.errors(toolkit.relaxNg().validate(headless.tei(), teiAll, "t")));
        assertEquals("Telegram From Embassy Paris to Department of State", new PlainTextConverter(ConvertOptions.defaults())
                .convert(texts.get(4), "t.txt").model().title());
        assertEquals(0, TestData.tei(texts.get(1)).query("//tei:closer", NS).size(), "'Approved.' is no signature");
    }

    @Test
    void controlCharactersAreReplacedAndReported() {
        Conversion c = TestData.convert("1. Note From A to B\n\nPage one.\u000C Page two.");
        assertEquals(List.of("CNV-007"), TestData.codes(c.diagnostics()));
        assertEquals("test.txt:3:10", c.diagnostics().get(0).position().toString());
        assertEquals("Page one.\uFFFD Page two.", c.tei().query("//tei:div/tei:p", NS).get(0).getValue());
    }

    @Test
    void fiftyMegabyteInputConverts() {
        StringBuilder text = new StringBuilder("1. Telegram From the Embassy in France to the Department of State1\n\n");
        String sentence = "The Ambassador said that the talks on the Élysée side had gone well and would go on. ";
        int page = 1;
        while (text.length() < 50_000_000) {
            text.append(sentence.repeat(10)).append("[Page ").append(page++).append("] ").append(sentence.repeat(10))
                    .append("\n\n");
        }
        text.append("  1. Source: a very long file.");
        Conversion c = TestData.convert(text.toString());
        assertEquals(List.of(), c.diagnostics());
        nu.xom.Element div = c.tei().getRootElement().getFirstChildElement("text", TEI).getFirstChildElement("body", TEI)
                .getFirstChildElement("div", TEI);
        assertEquals("source", div.getFirstChildElement("head", TEI).getFirstChildElement("note", TEI)
                .getAttributeValue("type"));
        assertEquals(page - 1, div.getChildElements("p", TEI).size());
    }
}
