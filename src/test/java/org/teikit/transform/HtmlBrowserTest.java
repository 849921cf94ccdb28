package org.teikit.transform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.teikit.TestData;
import org.teikit.Toolkit;

/**
 * The HTML of the seed in a real browser (Debian's chromium, driven by playwright-core from npm):
 * every note link lands on its note and the note's back link on its marker; a screenshot is kept in
 * {@code target/browser/}. {@code .ci/run} installs both; elsewhere the test skips without them.
 */
class HtmlBrowserTest {
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");

    @Test
    void noteLinksLandAndComeBack() throws Exception {
        Path project = TestData.project();
        Path script = project.resolve("src/test/browser/note-links.mjs");
        boolean ready = Files.exists(CHROMIUM) && Files.isDirectory(project.resolve("node_modules/playwright-core"));
        if (!ready && System.getenv("CI") != null) {
            fail("chromium or playwright-core missing: .ci/run installs them (apt-get install chromium; npm ci)");
        }
        assumeTrue(ready, "chromium and node_modules/playwright-core are needed (apt-get install chromium; npm ci)");

        Toolkit toolkit = new Toolkit();
        var tei = TestData.tei(TestData.read(TestData.shared("corpus/frus1981-88v05-d247.txt")));
        Renderer renderer = toolkit.renderer();
        byte[] html = renderer.render(renderer.fromXom(tei), OutputFormat.HTML, Map.of(), null);
        Path folder = Files.createDirectories(project.resolve("target/browser"));
        Path page = Files.write(folder.resolve("d247.html"), html);
        Path screenshot = folder.resolve("d247.png");
        Files.deleteIfExists(screenshot);

        Process node = new ProcessBuilder(List.of("node", script.toString(), page.toString(), screenshot.toString()))
                .directory(project.toFile()).redirectErrorStream(true).start();
        assertTrue(node.waitFor(120, TimeUnit.SECONDS), "the browser check did not finish in 2 minutes");
        String output = new String(node.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        assertEquals(0, node.exitValue(), output);
        String result = output.substring(output.lastIndexOf('\n') + 1);
        assertEquals("{\"links\":4,\"failures\":[]}", result);
        assertTrue(Files.size(screenshot) > 10_000, "a screenshot of the page: " + screenshot);
    }
}
