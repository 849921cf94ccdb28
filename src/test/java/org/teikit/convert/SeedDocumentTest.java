package org.teikit.convert;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import nu.xom.Document;
import nu.xom.Element;
import nu.xom.Node;
import nu.xom.Nodes;
import nu.xom.XPathContext;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.teikit.TestData;
import org.teikit.Toolkit;
import org.teikit.transform.RoundTrip;

/** FRUS 1981–88 vol. V, Document 247: the document teikit starts from. */
class SeedDocumentTest {
    private static final XPathContext NS = new XPathContext("tei", "http://www.tei-c.org/ns/1.0");
    private static Toolkit toolkit;
    private static String plainText;
    private static String datedText;

    @BeforeAll
    static void read() throws Exception {
        toolkit = new Toolkit();
        plainText = TestData.read(TestData.shared("corpus/frus1981-88v05-d247.txt"));
        datedText = TestData.read(TestData.shared("corpus/frus1981-88v05-d247.dated.txt"));
    }

    private static Nodes query(Document doc, String xpath) {
        return doc.query(xpath, NS);
    }

    /** The text just before a node inside its block, for checking where it stands. */
    private static String textBefore(Node node, int length) {
        StringBuilder s = new StringBuilder();
        Node current = node;
        while (s.length() < length && current.getParent() != null) {
            nu.xom.ParentNode parent = current.getParent();
            for (int i = parent.indexOf(current) - 1; i >= 0 && s.length() < length; i--) {
                Node sibling = parent.getChild(i);
                if (!(sibling instanceof Element e && e.getLocalName().equals("note"))) {
                    s.insert(0, sibling.getValue());
                }
            }
            current = parent;
        }
        return s.substring(Math.max(0, s.length() - length));
    }

    @Test
    void fourNotesInTheirPlacesWithTheirTexts() {
        Document tei = TestData.tei(plainText);
        Nodes notes = query(tei, "//tei:text//tei:note");
        assertEquals(4, notes.size());
        assertEquals(List.of("1", "2", "3", "4"), attributes(notes, "n"));
        assertEquals(List.of("d247fn1", "d247fn2", "d247fn3", "d247fn4"), attributes(notes, "id"));
        assertEquals("source", ((Element) notes.get(0)).getAttributeValue("type"));
        assertEquals("head", ((Element) notes.get(0).getParent()).getLocalName());
        assertTrue(textBefore(notes.get(0), 20).endsWith("Shultz in Singapore"));
        assertTrue(textBefore(notes.get(1), 40).endsWith("in informal Soviet translation:"));
        assertTrue(textBefore(notes.get(2), 20).endsWith("the USSR and U.S."), textBefore(notes.get(2), 20));
        assertTrue(textBefore(notes.get(3), 40).endsWith("agreement on this subject."));
        assertTrue(notes.get(0).getValue().startsWith("Source: Department of State, Central Foreign Policy File"));
        assertTrue(notes.get(1).getValue().endsWith("(Shultz, Turmoil and Triumph, pp. 722–723)"));
        assertEquals("See Document 235.", notes.get(2).getValue());
        assertEquals("#d236fn3", ((Element) query(tei, "//tei:note[@n='4']/tei:ref[1]").get(0)).getAttributeValue("target"));
        assertEquals("#d238", ((Element) query(tei, "//tei:note[@n='4']/tei:ref[2]").get(0)).getAttributeValue("target"));
    }

    @Test
    void fivePageBreaksWhereTheyStand() {
        Document tei = TestData.tei(plainText);
        Nodes pbs = query(tei, "//tei:pb");
        assertEquals(List.of("1011", "1012", "1013", "1014", "1015"), attributes(pbs, "n"));
        assertEquals(List.of("pg_1011", "pg_1012", "pg_1013", "pg_1014", "pg_1015"), attributes(pbs, "id"));
        assertEquals("body", ((Element) pbs.get(0).getParent()).getLocalName(),
                "[Page 1011] stands between the blocks of the quoted letter");
        assertTrue(textBefore(pbs.get(1), 40).endsWith("you and I agreed in Geneva "));
        Node after = pbs.get(1).getParent().getChild(pbs.get(1).getParent().indexOf(pbs.get(1)) + 1);
        assertTrue(after.getValue().startsWith(" to accelerate"), "the spaces on both sides of [Page 1012] stay");
        assertTrue(textBefore(pbs.get(4), 40).endsWith("great significance to the "));
    }

    @Test
    void correspondenceFromTheHeading() {
        Document tei = TestData.tei(plainText);
        assertEquals("Department of State",
                query(tei, "//tei:correspAction[@type='sent']/tei:orgName").get(0).getValue());
        assertEquals("Secretary of State Shultz",
                query(tei, "//tei:correspAction[@type='received']/tei:persName").get(0).getValue());
        assertEquals("Singapore", query(tei, "//tei:correspAction[@type='received']/tei:placeName").get(0).getValue());
        assertEquals("Telegram From the Department of State to Secretary of State Shultz in Singapore",
                query(tei, "//tei:titleStmt/tei:title").get(0).getValue());
        assertEquals("telegram", query(tei, "//tei:term[@type='document-kind']").get(0).getValue());
        assertEquals("Secret; Immediate; Nodis", query(tei, "//tei:sourceDesc//tei:seg[@type='classification']").get(0).getValue());
    }

    @Test
    void quotedLetterIsAFloatingTextWithItsSalute() {
        Document tei = TestData.tei(plainText);
        assertEquals("Dear Mr. President,",
                query(tei, "//tei:floatingText[@type='letter']/tei:body/tei:opener/tei:salute").get(0).getValue());
        assertEquals("End text of letter", query(tei, "//tei:floatingText/following-sibling::tei:p[1]").get(0).getValue());
    }

    @Test
    void datedFormHasDatelineAndSignature() {
        Document tei = TestData.tei(datedText);
        Element date = (Element) query(tei, "//tei:div[@type='document']/tei:opener/tei:dateline/tei:date").get(0);
        assertEquals("1986-06-24T23:46:00Z", date.getAttributeValue("when"));
        assertEquals("Washington", query(tei, "//tei:dateline/tei:placeName").get(0).getValue());
        assertEquals("Whitehead", query(tei, "//tei:div[@type='document']/tei:closer/tei:signed").get(0).getValue());
        assertEquals("1986-06-24T23:46:00Z",
                ((Element) query(tei, "//tei:correspAction[@type='sent']/tei:date").get(0)).getAttributeValue("when"));
    }

    @Test
    void validAgainstTeiAllAndRoundTrips() throws Exception {
        Path teiAll = TestData.shared("schemas/tei_all.rng");
        for (String text : List.of(plainText, datedText)) {
            Document tei = TestData.tei(text);
            assertEquals(List.of(), TestData.errors(toolkit.relaxNg().validate(tei, teiAll, "d247")));
            assertTrue(RoundTrip.compare(text, toolkit.textRenderer().render(tei), "d247").isEmpty());
        }
    }

    @Test
    void frusFlavorValidAgainstFrusSchema() throws Exception {
        Path frus = TestData.shared("schemas/frus/frus.rnc");
        ConvertOptions options = new ConvertOptions(ConversionProfile.FRUS, Flavor.FRUS, java.util.Map.of());
        for (String text : List.of(plainText, datedText)) {
            Conversion c = new PlainTextConverter(options).convert(text, "d247.txt");
            assertEquals(List.of(), TestData.errors(toolkit.relaxNg().validate(c.tei(), frus, "d247")));
            assertEquals(0, query(c.tei(), "//tei:correspDesc").size());
            assertEquals("historical-document",
                    ((Element) query(c.tei(), "//tei:div[@type='document']").get(0)).getAttributeValue("subtype"));
            assertTrue(RoundTrip.compare(text, toolkit.textRenderer().render(c.tei()), "d247").isEmpty());
        }
    }

    private static List<String> attributes(Nodes nodes, String localName) {
        List<String> values = new java.util.ArrayList<>();
        for (int i = 0; i < nodes.size(); i++) {
            Element e = (Element) nodes.get(i);
            values.add(localName.equals("id") ? e.getAttributeValue("id", "http://www.w3.org/XML/1998/namespace")
                    : e.getAttributeValue(localName));
        }
        return values;
    }
}
