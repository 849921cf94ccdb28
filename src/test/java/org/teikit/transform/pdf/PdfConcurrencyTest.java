package org.teikit.transform.pdf;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import net.sf.saxon.s9api.XdmNode;
import org.junit.jupiter.api.Test;
import org.teikit.TestData;
import org.teikit.transform.Renderer;

/**
 * One fresh renderer, many threads at once from the first document on (when FOP first reads its
 * configuration): every PDF has the bytes that one thread gives.
 */
class PdfConcurrencyTest {
    @Test
    void threadsShareOneRendererAndGetTheBytesOfOne() throws Exception {
        PdfRenderer fresh = new PdfRenderer(PdfFixtures.stylesheets());
        Renderer reader = new Renderer(PdfFixtures.stylesheets());
        List<XdmNode> documents = new ArrayList<>();
        for (String name : List.of("01-letter-pages-in-paragraphs-and-notes", "02-telegram-lists-tables")) {
            documents.add(reader.read(TestData.project().resolve(Path.of("corpus/render", name, "input.xml"))));
        }
        ExecutorService pool = Executors.newFixedThreadPool(6);
        try {
            List<Future<byte[]>> results = new ArrayList<>();
            for (int i = 0; i < 12; i++) {
                XdmNode tei = documents.get(i % 2);
                results.add(pool.submit(() -> fresh.render(tei, PdfOptions.defaults()).pdf()));
            }
            for (int i = 0; i < results.size(); i++) {
                byte[] alone = PdfFixtures.renderer().render(documents.get(i % 2), PdfOptions.defaults()).pdf();
                assertArrayEquals(alone, results.get(i).get(), "rendering " + i);
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
