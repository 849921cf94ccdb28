package org.teikit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The commands end to end through picocli, as a user runs them. */
class CliTest {
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return TeikitCommand.commandLine(new PrintWriter(out, true), new PrintWriter(err, true)).execute(args);
    }

    @Test
    void convertWritesTeiAndRefusesToOverwrite(@TempDir Path dir) throws Exception {
        Path in = dir.resolve("in/sub/d1.txt");
        Files.createDirectories(in.getParent());
        Files.writeString(in, "1. Letter From A to B1\n\nDear Sir,\n\nText.\n\n  1. Source: x.", StandardCharsets.UTF_8);
        Path outDir = dir.resolve("out");
        assertEquals(0, run("convert", dir.resolve("in").toString(), "-o", outDir.toString(), "--check-roundtrip"));
        Path tei = outDir.resolve("sub/d1.xml");
        assertTrue(Files.readString(tei).contains("<salute>Dear Sir,</salute>"));
        assertEquals(3, run("convert", dir.resolve("in").toString(), "-o", outDir.toString()), "outputs are kept");
        assertTrue(err.toString().contains("output exists (use --force to overwrite it)"), err.toString());
        Files.writeString(dir.resolve("out/d1.xml"), "old");
        assertEquals(0, run("convert", in.toString(), "-o", outDir.toString(), "--force"));
        assertTrue(Files.readString(dir.resolve("out/d1.xml")).startsWith("<?xml"));
        assertTrue(Files.exists(in), "the input stays");
    }

    @Test
    void twoInputsForOneOutputAreRefused(@TempDir Path dir) throws Exception {
        Path a = Files.createDirectories(dir.resolve("a"));
        Path b = Files.createDirectories(dir.resolve("b"));
        Files.writeString(a.resolve("d.txt"), "1. Note From A to B\n\nOne.");
        Files.writeString(b.resolve("d.txt"), "2. Note From A to B\n\nTwo.");
        assertEquals(3, run("convert", a.toString(), b.toString(), "-o", dir.resolve("out").toString(), "--force"));
        assertTrue(err.toString().contains("another input of this run writes"), err.toString());
        assertTrue(Files.readString(dir.resolve("out/d.xml")).contains("One."));
    }

    @Test
    void badInputGivesExitCodeThreeAndNamesThePlace(@TempDir Path dir) throws Exception {
        Path in = dir.resolve("latin1.txt");
        Files.write(in, "1. Note on M\u00fcller".getBytes(StandardCharsets.ISO_8859_1));
        assertEquals(3, run("convert", in.toString(), "-o", dir.resolve("out").toString()));
        assertTrue(err.toString().contains(in + ":1:13: error: [IO-002]"), err.toString());
        assertEquals(0, run("convert", in.toString(), "-o", dir.resolve("out").toString(), "--encoding", "ISO-8859-1"));
    }

    @Test
    void emptyFileIsAProblemInTheDocument(@TempDir Path dir) throws Exception {
        Path in = Files.writeString(dir.resolve("empty.txt"), "");
        assertEquals(1, run("convert", in.toString(), "-o", dir.resolve("out").toString()));
        assertTrue(err.toString().contains("[CNV-001]"));
        assertTrue(Files.notExists(dir.resolve("out/empty.xml")));
    }

    @Test
    void helpListsExitCodesAndUsageErrorsGiveTwo() {
        assertEquals(0, run("convert", "--help"));
        assertTrue(out.toString().contains("Exit codes:") && out.toString().contains("input/output"), out.toString());
        assertEquals(2, run("convert", "--no-such-option", "x.txt"));
        assertEquals(2, run("convert", "x.txt"), "no -o");
        assertEquals(0, run("--version"));
        assertTrue(out.toString().contains("teikit "));
    }

    @Test
    void buildConvertsAFolder(@TempDir Path dir) throws Exception {
        Path corpus = Files.createDirectories(dir.resolve("corpus"));
        Files.writeString(corpus.resolve("a.txt"), "2. Telegram From A to B\n\nText [Page 3] more.");
        // a binary file fails its conversion; the run goes on with the others
        Files.write(corpus.resolve("b.txt"), new byte[] {'x', 0, (byte) 0xff, 'y'});
        assertEquals(3, run("build", corpus.toString(), "-o", dir.resolve("out").toString()));
        assertTrue(Files.readString(dir.resolve("out/tei/a.xml")).contains("<pb n=\"3\" xml:id=\"pg_3\"/>"));
        assertEquals("2. Telegram From A to B\n\nText [Page 3] more.", Files.readString(dir.resolve("out/text/a.txt")));
        assertTrue(Files.readString(dir.resolve("out/html/a.html")).contains("id=\"pg_3\""));
        assertTrue(Files.readString(dir.resolve("out/html/index.html")).contains("a.html"));
        assertTrue(Files.size(dir.resolve("out/pdf/a.pdf")) > 1000);
        assertTrue(Files.notExists(dir.resolve("out/html/b.html")));
        assertTrue(err.toString().contains("b.txt:1:2: error: [IO-002]"), err.toString());
        assertTrue(out.toString().matches("(?s).*\nconvert +1 +1 +0 +0 +1 .*\nhtml +1 .*\npdf +1 +1 .*"), out.toString());
    }

    @Test
    void customMarkerSyntax(@TempDir Path dir) throws Exception {
        Path in = Files.writeString(dir.resolve("t.txt"), "3. Letter From A to B[1]\n\nIn 1986 he wrote[2] on |12| page.\n\n  1. S.\n  2. N.");
        assertEquals(0, run("convert", in.toString(), "-o", dir.resolve("o").toString(), "--check-roundtrip",
                "--note-marker", "\\[(?<n>\\d+)\\]", "--page-marker", "\\|(?<n>\\d+)\\|"), err.toString());
        String tei = Files.readString(dir.resolve("o/t.xml"));
        assertTrue(tei.contains("he wrote<note n=\"2\"") && tei.contains("<pb n=\"12\""), tei);
    }

    @Test
    void aRunBuildsOnlyTheSubcommandItNamesAndHelpListsThemAll() {
        assertEquals(java.util.Set.of("validate"), TeikitCommand.commandLineFor("validate", "x.xml").getSubcommands().keySet());
        var all = java.util.List.of("convert", "build", "validate", "transform", "export", "help");
        assertEquals(all, java.util.List.copyOf(TeikitCommand.commandLineFor("--help").getSubcommands().keySet()));
        assertEquals(all, java.util.List.copyOf(TeikitCommand.commandLineFor("help", "validate").getSubcommands().keySet()));
        // a misspelt command meets every name, for picocli's suggestion
        assertEquals(all, java.util.List.copyOf(TeikitCommand.commandLineFor("valdate").getSubcommands().keySet()));
        assertEquals(2, run("valdate"));
        assertTrue(err.toString().contains("validate"), err.toString());
        assertEquals(0, run("--help"));
        assertTrue(out.toString().contains("export") && out.toString().contains("Exit codes:"), out.toString());
    }
}
