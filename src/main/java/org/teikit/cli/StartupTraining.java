package org.teikit.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * Runs teikit's main paths once on a small made-up document, so that the launcher can record the
 * classes they load in a class-data archive ({@code -XX:ArchiveClassesAtExit}) that later runs start
 * from. Not a command for users: the launcher runs it after building the jar.
 */
public final class StartupTraining {
    private static final String SAMPLE = String.join("\n",
            "12. Telegram From the Embassy in France to the Department of State1",
            "",
            "Paris, May 3, 1983, 1422Z",
            "",
            "1. The Minister said that the talks had gone well [Page 40] and would go on.2",
            "",
            "(1) First point.",
            "(2) Second point.",
            "",
            "Galbraith",
            "",
            "  1. Source: Department of State, Central Foreign Policy File. Secret; Immediate.",
            "  2. See Document 11.");

    private StartupTraining() {
    }

    public static void main(String[] args) throws IOException {
        Path dir = Files.createTempDirectory("teikit-training");
        try {
            Path text = Files.writeString(dir.resolve("sample.txt"), SAMPLE, StandardCharsets.UTF_8);
            PrintWriter silent = new PrintWriter(Writer.nullWriter());
            var cli = TeikitCommand.commandLine(silent, silent);
            cli.execute("convert", text.toString(), "-o", dir.resolve("tei").toString(), "--check-roundtrip");
            cli.execute("validate", "--format", "json", dir.resolve("tei").toString());
            cli.execute("validate", "--format", "sarif", "--no-embedded-schematron", dir.resolve("tei").toString());
            cli.execute("transform", dir.resolve("tei").toString(), "--to", "html", "-o", dir.resolve("html").toString());
            cli.execute("transform", dir.resolve("tei").toString(), "--to", "pdf", "-o", dir.resolve("pdf").toString());
            cli.execute("build", text.toString(), "-o", dir.resolve("build").toString(), "--bag");
        } finally {
            try (Stream<Path> walk = Files.walk(dir)) {
                walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }
}
