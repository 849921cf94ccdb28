package org.teikit.transform.pdf;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import javax.xml.transform.stream.StreamSource;
import net.sf.saxon.s9api.DocumentBuilder;
import net.sf.saxon.s9api.Processor;
import net.sf.saxon.s9api.SaxonApiException;
import net.sf.saxon.s9api.XdmNode;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.teikit.transform.StylesheetRegistry;

/**
 * What the PDF tests share: one renderer for the whole run (as a toolkit holds one), and ways of
 * reading a PDF back with PDFBox: the text of each page, the text set in a given range of sizes
 * (the body text, the notes), the fonts of each page, the glyphs no font had.
 */
final class PdfFixtures {
    static final String TEI = "http://www.tei-c.org/ns/1.0";
    private static PdfRenderer renderer;
    private static StylesheetRegistry stylesheets;

    private PdfFixtures() {
    }

    static synchronized PdfRenderer renderer() {
        if (renderer == null) {
            renderer = new PdfRenderer(stylesheets());
        }
        return renderer;
    }

    static synchronized StylesheetRegistry stylesheets() {
        if (stylesheets == null) {
            stylesheets = new StylesheetRegistry(new Processor(false));
        }
        return stylesheets;
    }

    /** A TEI document from a string, with line numbers. */
    static XdmNode parse(String xml) {
        try {
            DocumentBuilder builder = stylesheets().processor().newDocumentBuilder();
            builder.setLineNumbering(true);
            return builder.build(new StreamSource(new StringReader(xml), "test.xml"));
        } catch (SaxonApiException e) {
            throw new IllegalArgumentException(e);
        }
    }

    /** A minimal TEI document with the given title and body content. */
    static String tei(String title, String body) {
        return """
            <TEI xmlns="http://www.tei-c.org/ns/1.0">
              <teiHeader><fileDesc><titleStmt><title>%s</title></titleStmt>
                <publicationStmt><p>test</p></publicationStmt><sourceDesc><p>test</p></sourceDesc></fileDesc></teiHeader>
              <text><body>
            %s
              </body></text>
            </TEI>
            """.formatted(title, body);
    }

    static PDDocument load(byte[] pdf) {
        try {
            return PDDocument.load(pdf);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The text of each page, as PDFBox extracts it. */
    static List<String> pageTexts(PDDocument document) throws IOException {
        List<String> pages = new ArrayList<>();
        PDFTextStripper stripper = new PDFTextStripper();
        for (int p = 1; p <= document.getNumberOfPages(); p++) {
            stripper.setStartPage(p);
            stripper.setEndPage(p);
            pages.add(stripper.getText(document));
        }
        return pages;
    }

    /**
     * The characters set in sizes from {@code min} to {@code max} points (the size of the font
     * operator), page by page, without spaces: with min 10 the body text of teikit's PDFs (10.5 pt)
     * without running heads, page markers, note markers and notes, all smaller; notes are 8.61 pt.
     */
    static List<String> textInSizes(PDDocument document, float min, float max) throws IOException {
        List<String> pages = new ArrayList<>();
        for (int p = 1; p <= document.getNumberOfPages(); p++) {
            StringBuilder text = new StringBuilder();
            PDFTextStripper stripper = new PDFTextStripper() {
                @Override
                protected void writeString(String string, List<TextPosition> positions) {
                    for (TextPosition position : positions) {
                        float size = position.getFontSize();
                        if (size >= min && size <= max) {
                            text.append(withoutLigatures(position.getUnicode()));
                        }
                    }
                }
            };
            stripper.setStartPage(p);
            stripper.setEndPage(p);
            stripper.getText(document);
            pages.add(squeeze(text.toString()));
        }
        return pages;
    }

    /** The glyphs shown with glyph 0 (.notdef) or as '#', page by page. */
    static List<List<String>> missingGlyphs(PDDocument document) throws IOException {
        List<List<String>> pages = new ArrayList<>();
        for (int p = 1; p <= document.getNumberOfPages(); p++) {
            List<String> missing = new ArrayList<>();
            PDFTextStripper stripper = new PDFTextStripper() {
                @Override
                protected void processTextPosition(TextPosition position) {
                    try {
                        PDFont font = position.getFont();
                        for (int code : position.getCharacterCodes()) {
                            if (font instanceof PDType0Font type0 && type0.codeToGID(code) == 0) {
                                missing.add("glyph 0 for code " + code);
                            }
                        }
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                    if ("#".equals(position.getUnicode()) || position.getUnicode() == null) {
                        missing.add(String.valueOf(position.getUnicode()));
                    }
                }
            };
            stripper.setStartPage(p);
            stripper.setEndPage(p);
            stripper.getText(document);
            pages.add(missing);
        }
        return pages;
    }

    /** The fonts used on each page. */
    static List<List<PDFont>> fonts(PDDocument document) throws IOException {
        List<List<PDFont>> pages = new ArrayList<>();
        for (PDPage page : document.getPages()) {
            List<PDFont> fonts = new ArrayList<>();
            PDResources resources = page.getResources();
            for (var name : resources.getFontNames()) {
                fonts.add(resources.getFont(name));
            }
            pages.add(fonts);
        }
        return pages;
    }

    /**
     * A ligature glyph (FOP sets "ff" of DejaVu as one glyph, whose text is U+FB00) as the letters it
     * stands for, as PDFBox's text extraction gives it.
     */
    static String withoutLigatures(String text) {
        return text.codePoints().mapToObj(cp -> cp >= 0xFB00 && cp <= 0xFB06
                ? Normalizer.normalize(Character.toString(cp), Normalizer.Form.NFKC) : Character.toString(cp))
                .collect(Collectors.joining());
    }

    /** The text without any whitespace, for comparing across line breaks. */
    static String squeeze(String text) {
        return text.replaceAll("\\s+", "");
    }
}
