package org.teikit.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.teikit.TestData;
import org.teikit.cli.TeikitCommand;
import org.teikit.diag.Diagnostic;

/**
 * The README's first command, {@code teikit build corpus -o out --bag}, on the project's own corpus:
 * the site, the PDFs, the CMIF file valid against CMIF's schema and Schematron, a Dublin Core and a
 * METS record per document, and a bag that coreutils' sha256sum and {@code export bag --verify} accept.
 */
class BuildCorpusTest {
    @Test
    void buildsEverythingAnArchiveTakes(@TempDir Path dir) throws Exception {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        Path output = dir.resolve("out");
        int exit = TeikitCommand.commandLine(new PrintWriter(out, true), new PrintWriter(err, true))
                .execute("build", TestData.project().resolve("corpus").toString(), "-o", output.toString(), "--bag");
        assertEquals(0, exit, err.toString());
        List<Path> tei = files(output.resolve("tei"), ".xml");
        assertEquals(14, tei.size());
        for (String kind : List.of("html", "text", "pdf", "dc", "mets")) {
            String extension = switch (kind) {
                case "text" -> ".txt";
                case "dc" -> ".xml";
                case "mets" -> ".mets.xml";
                default -> "." + kind;
            };
            // the site has its index.html besides the 14 pages
            assertEquals(kind.equals("html") ? 15 : 14, files(output.resolve(kind), extension).size(), kind);
        }
        assertTrue(Files.readString(output.resolve("html/index.html")).contains("convert/02-letter-salutation-close/input.html"));

        byte[] cmif = Files.readAllBytes(output.resolve("letters.cmif.xml"));
        List<Diagnostic> findings = ExportFixtures.validateCmif(cmif, dir);
        assertEquals(List.of(), findings, "valid against cmi-customization.rng and cmif.sch");
        assertTrue(new String(cmif, java.nio.charset.StandardCharsets.UTF_8).contains("https://teikit.example/corpus/letters.cmif.xml"),
                "the header's URL comes from corpus/collection.properties");
        for (Path record : files(output.resolve("dc"), ".xml")) {
            assertEquals(List.of(), ExportFixtures.validateDublinCore(Files.readAllBytes(record)), record.toString());
        }

        Path bag = output.resolve("bag");
        assertEquals("BagIt-Version: 1.0\nTag-File-Character-Encoding: UTF-8\n", Files.readString(bag.resolve("bagit.txt")));
        assertTrue(Files.readString(bag.resolve("bag-info.txt")).contains("Source-Organization: teikit project"));
        assertTrue(Files.isRegularFile(bag.resolve("data/letters.cmif.xml")));
        ExportFixtures.checkWith("sha256sum", bag, "manifest-sha256.txt");
        ExportFixtures.checkWith("sha256sum", bag, "tagmanifest-sha256.txt");
        assertTrue(ExportFixtures.TOOLKIT.bagVerifier().verify(bag).isValid());
        String table = out.toString();
        for (String step : List.of("convert", "html", "text", "pdf", "cmif", "dc", "mets", "bag", "total")) {
            assertTrue(table.contains("\n" + step + " "), step + " in\n" + table);
        }
    }

    /** Everything a build writes, the bag and the PDFs included, has the same bytes when built again. */
    @Test
    void buildsTheSameBytesTwice(@TempDir Path dir) throws Exception {
        for (String run : List.of("one", "two")) {
            int exit = TeikitCommand.commandLine(new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()))
                    .execute("build", TestData.project().resolve("corpus").toString(), "-o", dir.resolve(run).toString(),
                            "--bag", "--formats", "html,pdf");
            assertEquals(0, exit);
        }
        List<Path> first = files(dir.resolve("one"), "");
        assertEquals(first.stream().map(p -> dir.resolve("one").relativize(p)).toList(),
                files(dir.resolve("two"), "").stream().map(p -> dir.resolve("two").relativize(p)).toList());
        for (Path file : first) {
            if (Files.isRegularFile(file)) {
                Path other = dir.resolve("two").resolve(dir.resolve("one").relativize(file));
                assertEquals(-1L, Files.mismatch(file, other), file.toString());
            }
        }
    }

    private static List<Path> files(Path folder, String extension) throws Exception {
        try (Stream<Path> walk = Files.walk(folder)) {
            return walk.filter(p -> p.getFileName().toString().endsWith(extension)).sorted().toList();
        }
    }
}
