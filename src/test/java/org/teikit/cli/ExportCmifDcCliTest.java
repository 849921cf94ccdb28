package org.teikit.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.teikit.TestData;

/** {@code teikit export cmif} and {@code export dc} end to end: outputs, reports, exit codes. */
class ExportCmifDcCliTest {
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return TeikitCommand.commandLine(new PrintWriter(out, true), new PrintWriter(err, true)).execute(args);
    }

    private static String corpus() {
        return TestData.project().resolve("corpus/convert").toString();
    }

    @Test
    void cmifOfTheCorpus(@TempDir Path dir) throws Exception {
        Path cmif = dir.resolve("letters.cmif.xml");
        String[] args = {"export", "cmif", corpus(), "-o", cmif.toString(), "--url", "https://example.org/letters.cmif.xml",
            "--title", "Letters", "--publisher", "teikit", "--editor", "Jane Doe", "--email", "jane@example.org"};
        assertEquals(0, run(args), err.toString());
        assertTrue(err.toString().contains("listed 9 letters from 14 documents in " + cmif + "; 5 not listed"), err.toString());
        assertTrue(err.toString().contains("04-editorial-note-no-footnotes/expected.xml:2:42: warning: [EXP-CMIF-001] "
                + "no correspDesc in the teiHeader: the document is not listed"), err.toString());
        byte[] first = Files.readAllBytes(cmif);
        assertEquals(3, run(args), "an output is kept without --force");
        assertArrayEquals(first, Files.readAllBytes(cmif));
        String[] forced = java.util.Arrays.copyOf(args, args.length + 1);
        forced[args.length] = "--force";
        assertEquals(0, run(forced));
        assertArrayEquals(first, Files.readAllBytes(cmif), "same input, same bytes");
    }

    @Test
    void cmifInTheInputFolderIsNoInput(@TempDir Path dir) throws Exception {
        Path tei = Files.createDirectories(dir.resolve("tei"));
        Files.copy(TestData.project().resolve("corpus/convert/02-letter-salutation-close/expected.xml"), tei.resolve("d87.xml"));
        String[] args = {"export", "cmif", tei.toString(), "-o", tei.resolve("letters.cmif.xml").toString(), "--force",
            "--url", "https://example.org/c.xml", "--title", "t", "--publisher", "p", "--editor", "e"};
        assertEquals(0, run(args), err.toString());
        assertEquals(0, run(args), err.toString());
        assertTrue(err.toString().contains("letters.cmif.xml is the output, not read as an input"), err.toString());
        assertTrue(err.toString().endsWith("listed 1 letters from 1 documents in " + tei.resolve("letters.cmif.xml") + "; 0 not listed\n"),
                err.toString());
    }

    @Test
    void cmifRefusesToInventItsHeader(@TempDir Path dir) {
        Path cmif = dir.resolve("letters.cmif.xml");
        assertEquals(2, run("export", "cmif", corpus(), "-o", cmif.toString()));
        assertTrue(err.toString().contains("CMIF needs the URL where the file will be published"), err.toString());
        assertTrue(err.toString().contains("; give --url") && err.toString().contains("; give --editor"), err.toString());
        assertFalse(Files.exists(cmif));
        assertEquals(2, run("export", "cmif", corpus(), "-o", cmif.toString(), "--url", "letters.xml"), "a relative URL");
        assertTrue(err.toString().contains("the url must be an absolute URI"), err.toString());
    }

    @Test
    void cmifWithoutLettersWritesNothing(@TempDir Path dir) {
        Path editorial = TestData.project().resolve("corpus/convert/04-editorial-note-no-footnotes/expected.xml");
        Path cmif = dir.resolve("none.xml");
        assertEquals(1, run("export", "cmif", editorial.toString(), "-o", cmif.toString(), "--url", "https://example.org/c.xml",
                "--title", "t", "--publisher", "p", "--editor", "e"));
        assertTrue(err.toString().contains("no document has correspondence metadata to list; nothing written"), err.toString());
        assertEquals(1, run("export", "cmif", editorial.toString(), "-o", cmif.toString()),
                "nothing to list comes before the header values that nothing could give");
        assertTrue(err.toString().contains("[EXP-CMIF-001]") && !err.toString().contains("CMIF needs"), err.toString());
        assertFalse(Files.exists(cmif));
    }

    @Test
    void dublinCoreMirrorsTheInputTree(@TempDir Path dir) throws Exception {
        Path dc = dir.resolve("dc");
        assertEquals(0, run("export", "dc", corpus(), "-o", dc.toString()), err.toString());
        assertTrue(err.toString().contains("wrote 14 of 14 Dublin Core records to " + dc), err.toString());
        String letter = Files.readString(dc.resolve("02-letter-salutation-close/expected.xml"));
        assertTrue(letter.contains("<dc:creator>Senator Charles W. Redmond</dc:creator>"), letter);
        assertEquals(3, run("export", "dc", corpus(), "-o", dc.toString()), "outputs are kept without --force");
        assertEquals(0, run("export", "dc", corpus(), "-o", dc.toString(), "-f"));

        Path tei = Files.createDirectories(dir.resolve("tei"));
        Files.copy(TestData.project().resolve("corpus/convert/02-letter-salutation-close/expected.xml"), tei.resolve("d87.xml"));
        assertEquals(3, run("export", "dc", tei.toString(), "-o", tei.toString(), "-f"), "an input is never written");
        assertTrue(err.toString().contains("is the input; choose another output folder"), err.toString());
        assertTrue(Files.readString(tei.resolve("d87.xml")).contains("<TEI"));
    }

    @Test
    void helpNamesTheFormats() {
        assertEquals(0, run("export", "--help"));
        assertTrue(out.toString().contains("cmif") && out.toString().contains("dc"), out.toString());
        assertEquals(0, run("export", "cmif", "--help"));
        assertTrue(out.toString().contains("SOURCE_DATE_EPOCH") && out.toString().contains("teikit export cmif tei/"), out.toString());
    }
}
