package org.teikit.transform.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.IntStream;
import org.apache.commons.logging.LogFactory;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.teikit.diag.Diagnostic;
import org.teikit.diag.Severity;

/**
 * Characters: what the DejaVu fonts have comes back from the PDF exactly as it went in; what no font
 * has is reported with its code point and its place, every one of them, not only the eight FOP names.
 */
class CharactersPdfTest {
    private static final List<String> LINES = List.of(
            "Greek: διπλή γλώσσα",
            "Cyrillic: Москва",
            "Accented: Élysée Müller Żeligowski",
            "Typography: “curly” ‘single’ — em – en … ellipsis, a dagger † and №",
            "Beyond the BMP, where DejaVu Sans has it: 😀");

    @Test
    void scriptsAndTypographyExtractBackExactly() throws IOException {
        StringBuilder body = new StringBuilder();
        LINES.forEach(line -> body.append("<p>").append(line).append("</p>\n"));
        PdfResult result = PdfFixtures.renderer().render(PdfFixtures.parse(PdfFixtures.tei("διπλή γλώσσα — Москва", body.toString())),
                PdfOptions.defaults().withSourceName("scripts.xml"));
        assertEquals(List.of(), result.diagnostics());
        try (PDDocument pdf = PdfFixtures.load(result.pdf())) {
            String text = PdfFixtures.pageTexts(pdf).get(0);
            List<String> lines = text.lines().map(String::strip).toList();
            for (String line : LINES.subList(0, 4)) {
                assertTrue(lines.contains(line), "extracted as typed: " + line + " in " + lines);
            }
            assertTrue(text.contains("😀"), "a character beyond the BMP is printed from DejaVu Sans");
            assertEquals("διπλή γλώσσα — Москва", pdf.getDocumentInformation().getTitle());
            assertEquals(List.of(List.of()), PdfFixtures.missingGlyphs(pdf));
        }
    }

    @Test
    void aCharacterNoFontHasIsReportedWithItsCodePointAndPlace() {
        String xml = PdfFixtures.tei("Missing", """
                <div>
                  <p>Nothing missing here.</p>
                  <p>A CJK ideograph 漢 stands here.</p>
                  <p>And a pile of poo 💩, which no DejaVu font has.</p>
                </div>""");
        PdfResult result = PdfFixtures.renderer().render(PdfFixtures.parse(xml), PdfOptions.defaults().withSourceName("missing.xml"));
        List<Diagnostic> glyphs = result.diagnostics("PDF-GLYPH");
        assertEquals(2, glyphs.size(), glyphs.toString());
        Diagnostic cjk = glyphs.stream().filter(d -> d.message().startsWith("U+6F22 '漢'")).findFirst().orElseThrow();
        assertEquals(Severity.WARNING, cjk.severity());
        assertEquals("/TEI/text/body/div/p[2]", cjk.elementPath());
        assertEquals("missing.xml", cjk.position().file());
        assertEquals(7, cjk.position().line(), "the line of the paragraph in the TEI");
        assertTrue(cjk.message().contains("'A CJK ideograph 漢 stands here.'"), cjk.message());
        Diagnostic poo = glyphs.stream().filter(d -> d.message().startsWith("U+1F4A9 '💩'")).findFirst().orElseThrow();
        assertEquals("/TEI/text/body/div/p[3]", poo.elementPath());
        assertTrue(poo.toString().startsWith("missing.xml:8:"), poo.toString());
    }

    @Test
    void moreThanEightMissingCharactersAreAllReported() {
        // FOP itself names at most eight missing characters per font and document
        String ideographs = IntStream.range(0, 12).mapToObj(i -> Character.toString(0x4E00 + i * 7)).reduce("", String::concat);
        PdfResult result = PdfFixtures.renderer().render(PdfFixtures.parse(PdfFixtures.tei("Many", "<p>" + ideographs + "</p>")),
                PdfOptions.defaults());
        List<String> reported = result.diagnostics("PDF-GLYPH").stream()
                .map(d -> d.message().substring(0, d.message().indexOf(' '))).distinct().toList();
        List<String> expected = ideographs.codePoints().mapToObj(cp -> String.format("U+%04X", cp)).toList();
        assertEquals(expected, reported);
    }

    @Test
    void fopPrintsNothingOnTheConsole() {
        LogFactory.getLog(CharactersPdfTest.class); // the logging framework's own start-up notice, before capturing
        PrintStream err = System.err;
        PrintStream out = System.out;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        PdfResult result;
        try (PrintStream capture = new PrintStream(captured, true, StandardCharsets.UTF_8)) {
            System.setErr(capture);
            System.setOut(capture);
            // a word too long for any line and a character no font has: FOP warns of both
            String xml = PdfFixtures.tei("Warnings", "<p>" + "x".repeat(400) + " 漢</p>");
            result = PdfFixtures.renderer().render(PdfFixtures.parse(xml), PdfOptions.defaults());
        } finally {
            System.setErr(err);
            System.setOut(out);
        }
        assertEquals("", captured.toString(StandardCharsets.UTF_8));
        assertTrue(result.diagnostics("PDF-FOP").stream().anyMatch(d -> d.message().contains("exceed")),
                "FOP's warning of the overfull line is a finding: " + result.diagnostics());
        assertEquals(1, result.diagnostics("PDF-GLYPH").size());
    }
}
