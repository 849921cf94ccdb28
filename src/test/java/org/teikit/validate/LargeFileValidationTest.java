package org.teikit.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.teikit.TestData;

/**
 * A generated 500 MB TEI file validates against tei_all by streaming in a 256 MB heap. Opt-in
 * (tag "slow"): {@code mvn -B verify -Dteikit.excludedGroups= -Dgroups=slow}. Runs teikit in a JVM of its own
 * so that the heap limit is real.
 */
@Tag("slow")
class LargeFileValidationTest {
    @Test
    void fiveHundredMegabytesInA256MegabyteHeap(@TempDir Path dir) throws Exception {
        Path big = dir.resolve("big.xml");
        String paragraph = "<p>The Ambassador said that the talks on the Élysée side had gone well <pb n=\"1\"/> and would "
                + "go on; <persName>Gromyko</persName> agreed.</p>\n";
        try (BufferedWriter w = Files.newBufferedWriter(big, StandardCharsets.UTF_8)) {
            w.write("<TEI xmlns=\"http://www.tei-c.org/ns/1.0\"><teiHeader><fileDesc><titleStmt><title>Big</title>"
                    + "</titleStmt><publicationStmt><p>p</p></publicationStmt><sourceDesc><p>s</p></sourceDesc></fileDesc>"
                    + "</teiHeader><text><body><div>\n");
            long written = 0;
            while (written < 500_000_000L) {
                w.write(paragraph);
                written += paragraph.length();
            }
            w.write("</div></body></text></TEI>\n");
        }
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(List.of(java, "-Xmx256m", "-cp", System.getProperty("java.class.path"),
                "org.teikit.Main", "validate", "-q",
                "--no-embedded-schematron", "--schema", TestData.shared("schemas/tei_all.rng").toString(), big.toString()))
                .redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, p.waitFor(), output);
    }
}
