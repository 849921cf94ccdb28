package org.teikit.transform.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.teikit.transform.pdf.PdfFixtures.squeeze;

import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import javax.xml.transform.sax.SAXSource;
import net.sf.saxon.s9api.DocumentBuilder;
import net.sf.saxon.s9api.SaxonApiException;
import net.sf.saxon.s9api.XdmNode;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.teikit.TestData;
import org.teikit.diag.Severity;
import org.teikit.io.SecureXml;
import org.xml.sax.InputSource;

/**
 * TEI documents of other projects (letters, drama, TEI Lite, manuscript descriptions, the TEI's test
 * of many modules) render to PDF: each PDF opens, says its title, and prints its text. Prints the
 * time of each, the throughput, and the elements that fell to the generic rendering.
 */
class TeiSamplesPdfTest {

    @Test
    void everySampleRendersToPdf() throws Exception {
        Path samples = TestData.shared("tei-samples");
        List<Path> files;
        try (Stream<Path> walk = Files.walk(samples)) {
            files = walk.filter(p -> p.toString().endsWith(".xml") && !samples.relativize(p).startsWith("bulk"))
                    .sorted().toList();
        }
        assertEquals(9, files.size(), "the small samples");
        PdfRenderer renderer = PdfFixtures.renderer();
        renderer.render(read(files.get(0)), PdfOptions.defaults()); // warm up: stylesheet, fonts, JIT
        long bytes = 0;
        long pages = 0;
        long nanos = 0;
        Map<String, List<String>> generic = new TreeMap<>();
        for (Path file : files) {
            XdmNode tei = read(file);
            String name = samples.relativize(file).toString();
            long start = System.nanoTime();
            PdfResult result = renderer.render(tei, PdfOptions.defaults().withSourceName(name));
            long took = System.nanoTime() - start;
            nanos += took;
            bytes += Files.size(file);
            pages += result.pages();
            result.unhandled().forEach(e -> generic.computeIfAbsent(e, k -> new ArrayList<>()).add(name));
            System.out.printf("  %-75s %4d pages %7.0f ms  findings %s  generic %s%n", name, result.pages(), took / 1e6,
                    counts(result), result.unhandled());
            assertTrue(result.pages() > 0, name);
            assertTrue(result.diagnostics().stream().noneMatch(d -> d.severity() == Severity.ERROR), name + ": " + result.diagnostics());
            try (PDDocument pdf = PdfFixtures.load(result.pdf())) {
                assertEquals(result.pages(), pdf.getNumberOfPages(), name);
                String title = pdf.getDocumentInformation().getTitle();
                assertTrue(titles(tei).contains(title), name + ": the PDF's title " + title + " is one of the header's " + titles(tei));
                assertEquals(title, result.metadata().title(), name);
                assertTrue(squeeze(PdfFixtures.pageTexts(pdf).get(0)).contains(squeeze(title)), name + ": the title on page 1");
                assertTrue(pdf.getDocumentCatalog().getMarkInfo().isMarked(), name + " is tagged");
            }
        }
        System.out.printf("tei-samples: %d files, %d KB of TEI, %d pages in %.2f s: %.0f KB/s, %.1f pages/s, %.0f ms per file%n",
                files.size(), bytes / 1024, pages, nanos / 1e9, bytes / 1024.0 / (nanos / 1e9), pages / (nanos / 1e9),
                nanos / 1e6 / files.size());
        System.out.println("tei-samples: rendered generically: " + (generic.isEmpty() ? "none" : generic));
        System.out.printf("tei-samples: peak heap %d MB%n", peakHeap() / (1024 * 1024));
    }

    /** Ten ELTeC novels (long prose, many pages): run with -Dgroups=slow. */
    @Test
    @Tag("slow")
    void novelsRenderAtSpeed() throws Exception {
        Path bulk = TestData.shared("tei-samples/bulk/eltec-eng");
        List<Path> files;
        try (Stream<Path> list = Files.list(bulk)) {
            files = list.filter(p -> p.toString().endsWith(".xml")).sorted().limit(10).toList();
        }
        PdfRenderer renderer = PdfFixtures.renderer();
        long bytes = 0;
        long pages = 0;
        long start = System.nanoTime();
        for (Path file : files) {
            PdfResult result = renderer.render(read(file), PdfOptions.defaults().withSourceName(file.getFileName().toString()));
            assertTrue(result.pages() > 10, file.toString());
            bytes += Files.size(file);
            pages += result.pages();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf("ELTeC: %d novels, %d KB, %d pages in %.1f s: %.0f KB/s, %.0f pages/s; peak heap %d MB%n",
                files.size(), bytes / 1024, pages, seconds, bytes / 1024.0 / seconds, pages / seconds, peakHeap() / (1024 * 1024));
    }

    private static XdmNode read(Path file) throws IOException {
        DocumentBuilder builder = PdfFixtures.stylesheets().processor().newDocumentBuilder();
        builder.setLineNumbering(true);
        try (InputStream in = Files.newInputStream(file)) {
            InputSource source = new InputSource(in);
            source.setSystemId(file.toUri().toString());
            return builder.build(new SAXSource(SecureXml.newReader(), source));
        } catch (SaxonApiException e) {
            throw new IOException(file + ": " + e.getMessage(), e);
        }
    }

    /** The titles of the title statement, normalised. */
    private static List<String> titles(XdmNode tei) throws SaxonApiException {
        var xpath = PdfFixtures.stylesheets().processor().newXPathCompiler();
        xpath.declareNamespace("tei", PdfFixtures.TEI);
        List<String> titles = new ArrayList<>();
        xpath.evaluate("/tei:TEI/tei:teiHeader/tei:fileDesc/tei:titleStmt/tei:title/normalize-space()", tei)
                .forEach(t -> titles.add(t.getStringValue()));
        return titles;
    }

    private static Map<String, Long> counts(PdfResult result) {
        Map<String, Long> counts = new TreeMap<>();
        result.diagnostics().forEach(d -> counts.merge(d.code(), 1L, Long::sum));
        return counts;
    }

    private static long peakHeap() {
        return ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
                .mapToLong(p -> p.getPeakUsage().getUsed()).sum();
    }
}
