package org.teikit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.teikit.convert.ConvertOptions;
import org.teikit.convert.PlainTextConverter;
import org.teikit.io.TeiSerializer;

/** One toolkit shared by many threads gives exactly the single-threaded results. */
class ConcurrencyTest {
    @Test
    void threadsShareOneToolkit() throws Exception {
        List<String> texts = new ArrayList<>();
        try (Stream<Path> cases = Files.list(TestData.project().resolve("corpus/convert"))) {
            for (Path dir : cases.sorted().toList()) {
                texts.add(TestData.read(dir.resolve("input.txt")));
            }
        }
        Toolkit toolkit = new Toolkit();
        PlainTextConverter converter = toolkit.converter(ConvertOptions.defaults());
        List<String> expected = new ArrayList<>();
        for (String text : texts) {
            expected.add(result(toolkit, converter, text));
        }
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<String>> futures = new ArrayList<>();
            for (int round = 0; round < 10; round++) {
                for (String text : texts) {
                    futures.add(pool.submit(() -> result(toolkit, converter, text)));
                }
            }
            for (int i = 0; i < futures.size(); i++) {
                assertEquals(expected.get(i % texts.size()), futures.get(i).get(), "document " + i % texts.size());
            }
        } finally {
            pool.shutdownNow();
        }
    }

    /** The TEI bytes and the text rendered back, as one comparable string. */
    private static String result(Toolkit toolkit, PlainTextConverter converter, String text) {
        var tei = converter.convert(text, "input.txt").tei();
        return Arrays.toString(TeiSerializer.toBytes(tei)) + toolkit.textRenderer().render(tei);
    }
}
