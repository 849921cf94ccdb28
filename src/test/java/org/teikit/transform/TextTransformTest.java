package org.teikit.transform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.teikit.TestData;
import org.teikit.Toolkit;

/** The plain-text output: the reading edition of any TEI, and text alone with style "reading". */
class TextTransformTest {
    private static final Toolkit TOOLKIT = new Toolkit();

    private static String text(Path tei, Map<String, String> parameters) throws Exception {
        Renderer renderer = TOOLKIT.renderer();
        return new String(renderer.render(renderer.read(tei), OutputFormat.TEXT, parameters, null), StandardCharsets.UTF_8);
    }

    /**
     * The Office of the Historian's own TEI renders to the text their website shows (the dated form):
     * at least 95 % of its lines come out identical (up to spaces at their ends), for every document of
     * frus-dev.
     */
    @Test
    void frusTeiRendersAsTheWebsiteShowsIt() throws Exception {
        Path dev = TestData.shared("corpus/frus-dev");
        List<Path> teis;
        try (Stream<Path> s = Files.list(dev)) {
            teis = s.filter(p -> p.toString().endsWith(".tei.xml")).sorted().toList();
        }
        assertEquals(30, teis.size());
        for (Path tei : teis) {
            String name = tei.getFileName().toString().replace(".tei.xml", "");
            List<String> expected = Files.readString(dev.resolve(name + ".dated.txt")).lines().filter(l -> !l.isBlank())
                    .map(String::strip).toList();
            Set<String> actual = new HashSet<>(text(tei, Map.of()).lines().map(String::strip).toList());
            long same = expected.stream().filter(actual::contains).count();
            assertTrue(same >= 0.95 * expected.size(), name + ": " + same + " of " + expected.size() + " lines");
        }
    }

    @Test
    void readingStyleDropsMarkersAndNotes() throws Exception {
        var conversion = TestData.convert(TestData.read(TestData.shared("corpus/frus1981-88v05-d247.txt")));
        Path tei = Files.createTempFile("d247", ".xml");
        try {
            Files.write(tei, org.teikit.io.TeiSerializer.toBytes(conversion.tei()));
            String reading = text(tei, Map.of("style", "reading"));
            assertTrue(reading.startsWith("247. Telegram From the Department of State to Secretary of State Shultz in Singapore\n"));
            assertFalse(reading.contains("[Page"));
            assertFalse(reading.contains("  1. Source:"));
            assertTrue(reading.contains("relations between the USSR and U.S. In principle"));
            String edition = text(tei, Map.of());
            assertTrue(edition.contains("between the USSR and U.S.3 In principle") && edition.contains("[Page 1012]"));
        } finally {
            Files.delete(tei);
        }
    }
}
