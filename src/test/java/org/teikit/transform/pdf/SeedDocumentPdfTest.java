package org.teikit.transform.pdf;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.teikit.transform.pdf.PdfFixtures.squeeze;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.xml.transform.stream.StreamSource;
import net.sf.saxon.s9api.XdmNode;
import nu.xom.Document;
import nu.xom.Element;
import nu.xom.Node;
import nu.xom.Nodes;
import nu.xom.Text;
import nu.xom.XPathContext;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.PDPage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.teikit.TestData;
import org.teikit.convert.ConvertOptions;
import org.teikit.convert.PlainTextConverter;

/**
 * FRUS 1981–88 vol. V, Document 247, converted from its text and laid out as PDF, read back with
 * PDFBox: its sentences, its four notes at the foot of the pages that carry their markers, its page
 * markers, its fonts, its metadata, its tags.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SeedDocumentPdfTest {
    private static final XPathContext NS = new XPathContext("tei", PdfFixtures.TEI);
    private Document tei;
    private PdfResult result;
    private PDDocument pdf;
    private List<String> pages;

    @BeforeAll
    void render() throws IOException {
        String text = TestData.read(TestData.shared("corpus/frus1981-88v05-d247.txt"));
        tei = new PlainTextConverter(ConvertOptions.defaults()).convert(text, "d247.txt").tei();
        long start = System.nanoTime();
        result = PdfFixtures.renderer().render(tei, PdfOptions.defaults().withSourceName("d247.txt"));
        System.out.printf("PDF of the seed document: %d pages, %d bytes, %.0f ms (first rendering of the run)%n",
                result.pages(), result.pdf().length, (System.nanoTime() - start) / 1e6);
        pdf = PdfFixtures.load(result.pdf());
        pages = PdfFixtures.pageTexts(pdf);
    }

    @Test
    void everyParagraphOfTheLetterIsInTheBodyText() throws IOException {
        String body = String.join("", PdfFixtures.textInSizes(pdf, 10f, 30f));
        Nodes paragraphs = tei.query("//tei:text//tei:p | //tei:text//tei:head | //tei:text//tei:salute", NS);
        assertTrue(paragraphs.size() > 25, "paragraphs of d247: " + paragraphs.size());
        for (int i = 0; i < paragraphs.size(); i++) {
            String expected = squeeze(textWithoutNotes(paragraphs.get(i)));
            assertTrue(body.contains(expected), "paragraph not in the PDF's body text: " + expected);
        }
        assertTrue(body.contains(squeeze("Speaking frankly, without diplomatic contrivances we are disappointed by the "
                + "developments after Geneva, and we have serious grounds for that.")));
    }

    @Test
    void typographyComesBackAsTyped() {
        String all = squeeze(String.join("", pages));
        for (String typed : List.of("Dubinin’sCallonthePresident;Gorbachev’sLetter.", "bothsides—jointor,ifyouwill",
                "“WhileIwasinSingapore", "‘interagencyprocess,’", "pp.722–723)", "“undoubtedlyserious”")) {
            assertTrue(all.contains(typed), typed);
        }
    }

    @Test
    void eachNoteIsPrintedAtTheFootOfThePageThatCarriesItsMarker() throws IOException {
        List<String> small = PdfFixtures.textInSizes(pdf, 8.5f, 8.7f);
        Nodes notes = tei.query("//tei:text//tei:note", NS);
        assertEquals(4, notes.size());
        for (int i = 0; i < notes.size(); i++) {
            Element note = (Element) notes.get(i);
            String n = note.getAttributeValue("n");
            String noteText = squeeze(n + textWithoutNotes(note));
            String start = noteText.substring(0, Math.min(60, noteText.length()));
            int page = indexOfPageContaining(small, start);
            assertTrue(page >= 0, "note " + n + " is not printed as a note: " + start);
            assertTrue(String.join("", small).contains(noteText), "note " + n + " is printed whole");
            String anchor = squeeze(textBefore(note, 30));
            String marked = anchor.substring(Math.max(0, anchor.length() - 12)) + n;
            assertTrue(squeeze(pages.get(page)).contains(marked),
                    "note " + n + " is on page " + (page + 1) + " but its marker (" + marked + ") is not");
        }
    }

    @Test
    void pageBreaksAreMarkedInOrder() {
        String all = String.join("\n", pages);
        int last = -1;
        for (int n = 1011; n <= 1015; n++) {
            String marker = "[" + n + "]";
            int at = all.indexOf(marker);
            assertTrue(at > last, marker + " is printed after the one before it");
            assertEquals(at, all.lastIndexOf(marker), marker + " is printed once");
            last = at;
        }
        // a break inside a paragraph leaves the paragraph whole: the marker stands between its words
        assertTrue(squeeze(all).contains("andIagreedinGeneva[1012]toacceleratetheprocess"));
    }

    @Test
    void fontsAreEmbeddedDejaVuAndNoGlyphIsMissing() throws IOException {
        List<List<PDFont>> fonts = PdfFixtures.fonts(pdf);
        List<List<String>> missing = PdfFixtures.missingGlyphs(pdf);
        for (int p = 0; p < fonts.size(); p++) {
            assertFalse(fonts.get(p).isEmpty(), "page " + (p + 1) + " has fonts");
            for (PDFont font : fonts.get(p)) {
                assertTrue(font.isEmbedded(), font.getName() + " is embedded");
                assertTrue(font.getName().matches("[A-Z]{6}\\+DejaVu(Serif|Sans|SansMono)(-\\w+)?"),
                        font.getName() + " is a DejaVu subset");
            }
            assertEquals(List.of(), missing.get(p), "missing glyphs on page " + (p + 1));
        }
        assertEquals(List.of(), result.diagnostics("PDF-GLYPH"));
    }

    @Test
    void metadataComesFromTheTeiHeader() throws IOException {
        PDDocumentInformation info = pdf.getDocumentInformation();
        String title = tei.query("/tei:TEI/tei:teiHeader/tei:fileDesc/tei:titleStmt/tei:title", NS).get(0).getValue();
        assertEquals("Telegram From the Department of State to Secretary of State Shultz in Singapore", title);
        assertEquals(title, info.getTitle());
        assertEquals("Department of State", info.getAuthor());
        assertEquals("Telegram from Department of State to Secretary of State Shultz (Singapore)", info.getSubject());
        assertEquals("telegram", info.getKeywords());
        assertEquals("teikit", info.getCreator());
        assertEquals(Instant.EPOCH, info.getCreationDate().toInstant());
        String xmp = new String(pdf.getDocumentCatalog().getMetadata().toByteArray(), StandardCharsets.UTF_8);
        assertTrue(xmp.contains(title), "XMP dc:title");
        assertEquals(title, result.metadata().title());
    }

    @Test
    void thePdfIsTaggedAndSaysItsLanguage() {
        PDDocumentCatalog catalog = pdf.getDocumentCatalog();
        assertNotNull(catalog.getMarkInfo(), "MarkInfo");
        assertTrue(catalog.getMarkInfo().isMarked(), "MarkInfo/Marked true");
        assertNotNull(catalog.getStructureTreeRoot(), "StructTreeRoot");
        assertFalse(catalog.getStructureTreeRoot().getKids().isEmpty(), "the structure tree has elements");
        assertEquals("en", catalog.getLanguage());
    }

    @Test
    void pagesAreA4UnlessLetterIsAsked() {
        PDPage first = pdf.getPage(0);
        assertEquals(595.3f, first.getMediaBox().getWidth(), 0.5f);
        assertEquals(841.9f, first.getMediaBox().getHeight(), 0.5f);
        assertEquals(pdf.getNumberOfPages(), result.pages());
        PdfResult letter = PdfFixtures.renderer().render(tei, PdfOptions.defaults().withPageSize(PageSize.LETTER));
        try (PDDocument document = PdfFixtures.load(letter.pdf())) {
            assertEquals(612f, document.getPage(0).getMediaBox().getWidth(), 0.5f);
            assertEquals(792f, document.getPage(0).getMediaBox().getHeight(), 0.5f);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void theSameInputGivesTheSameBytesAlsoAcrossThreads() throws Exception {
        byte[] again = PdfFixtures.renderer().render(tei, PdfOptions.defaults().withSourceName("d247.txt")).pdf();
        assertArrayEquals(result.pdf(), again, "a second rendering");
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<byte[]>> futures = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                futures.add(pool.submit(() -> PdfFixtures.renderer().render(tei, PdfOptions.defaults()
                        .withSourceName("d247.txt")).pdf()));
            }
            for (Future<byte[]> future : futures) {
                assertArrayEquals(result.pdf(), future.get(), "a rendering on another thread");
            }
        } finally {
            pool.shutdownNow();
        }
        Instant date = Instant.parse("2024-05-01T12:00:00Z");
        PdfResult dated = PdfFixtures.renderer().render(tei, PdfOptions.defaults().withCreationDate(date));
        try (PDDocument document = PdfFixtures.load(dated.pdf())) {
            assertEquals(date, document.getDocumentInformation().getCreationDate().toInstant());
        }
    }

    @Test
    void foWrittenOutAndLaidOutLaterGivesTheSamePdf() {
        XdmNode teiTree = PdfFixtures.parse(tei.toXML());
        PdfOptions options = PdfOptions.defaults().withSourceName("d247.txt");
        byte[] fo = PdfFixtures.renderer().fo(teiTree, options);
        PdfResult later = PdfFixtures.renderer().renderFo(new StreamSource(new ByteArrayInputStream(fo)), teiTree, options);
        assertArrayEquals(result.pdf(), later.pdf());
        assertEquals(result.metadata(), later.metadata());
        PdfMetadata given = PdfMetadata.titled("Another title").withAuthor("An editor");
        PdfResult retitled = PdfFixtures.renderer().render(teiTree, options.withMetadata(given));
        try (PDDocument document = PdfFixtures.load(retitled.pdf())) {
            assertEquals("Another title", document.getDocumentInformation().getTitle());
            assertEquals("An editor", document.getDocumentInformation().getAuthor());
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void nothingIsRenderedGenerically() {
        assertEquals(List.of(), result.unhandled());
        assertEquals(List.of(), result.diagnostics(), "findings on the seed document");
    }

    private static int indexOfPageContaining(List<String> pages, String text) {
        for (int i = 0; i < pages.size(); i++) {
            if (pages.get(i).contains(text)) {
                return i;
            }
        }
        return -1;
    }

    /** The text of an element as printed in the body: without its notes and page breaks. */
    private static String textWithoutNotes(Node node) {
        if (node instanceof Text) {
            return node.getValue();
        }
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < node.getChildCount(); i++) {
            Node child = node.getChild(i);
            if (!(child instanceof Element e && (e.getLocalName().equals("note") || e.getLocalName().equals("pb")))) {
                text.append(textWithoutNotes(child));
            }
        }
        return text.toString();
    }

    /** The text that stands before a node in its block. */
    private static String textBefore(Node node, int length) {
        StringBuilder s = new StringBuilder();
        Node current = node;
        while (s.length() < length && current.getParent() instanceof Element parent) {
            for (int i = parent.indexOf(current) - 1; i >= 0 && s.length() < length; i--) {
                s.insert(0, textWithoutNotes(parent.getChild(i)));
            }
            current = parent;
        }
        return s.toString();
    }
}
