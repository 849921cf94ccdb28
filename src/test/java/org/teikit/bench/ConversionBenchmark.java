package org.teikit.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.teikit.convert.Conversion;
import org.teikit.convert.ConvertOptions;
import org.teikit.convert.PlainTextConverter;
import org.teikit.io.TeiSerializer;

/**
 * Conversion throughput on a generated corpus of seed-like documents, one thread: documents/s, MB/s
 * of input text, and peak heap. Not a test: run it by hand (see README), never in CI.
 *
 * <p>Usage: {@code ConversionBenchmark SEED.txt [DOCUMENTS]}. Each generated document is the seed
 * with its own number, page numbers and a varied paragraph, so that no two inputs are alike.
 */
public final class ConversionBenchmark {
    private ConversionBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        String seed = Files.readString(Path.of(args[0]), StandardCharsets.UTF_8);
        int documents = args.length > 1 ? Integer.parseInt(args[1]) : 10_000;
        PlainTextConverter converter = new PlainTextConverter(ConvertOptions.defaults());
        for (int i = 0; i < 300; i++) {
            converter.convert(variant(seed, i), "warm-up.txt"); // let the JIT compile the hot paths
        }
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
        long bytes = 0;
        long outputBytes = 0;
        long convertNanos = 0;
        long serializeNanos = 0;
        for (int i = 0; i < documents; i++) {
            String text = variant(seed, i); // generating the input is not timed
            bytes += text.getBytes(StandardCharsets.UTF_8).length;
            long start = System.nanoTime();
            Conversion c = converter.convert(text, "d" + i + ".txt");
            long converted = System.nanoTime();
            outputBytes += TeiSerializer.toBytes(c.tei()).length;
            serializeNanos += System.nanoTime() - converted;
            convertNanos += converted - start;
        }
        double seconds = (convertNanos + serializeNanos) / 1e9;
        long peakHeap = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP).mapToLong(p -> p.getPeakUsage().getUsed()).sum();
        System.out.printf("documents: %d, input: %.1f MB, output: %.1f MB, time: %.2f s%n", documents, bytes / 1e6,
                outputBytes / 1e6, seconds);
        System.out.printf("throughput: %.0f documents/s, %.1f MB/s of input text (convert + serialize, one thread)%n",
                documents / seconds, bytes / 1e6 / seconds);
        System.out.printf("of which converting to a TEI tree: %.2f s (%.1f MB/s), serialising: %.2f s%n", convertNanos / 1e9,
                bytes / 1e6 / (convertNanos / 1e9), serializeNanos / 1e9);
        System.out.printf("peak heap (sum of pool peaks): %.0f MB, max heap: %.0f MB%n", peakHeap / 1e6,
                Runtime.getRuntime().maxMemory() / 1e6);
    }

    private static String variant(String seed, int i) {
        return seed.replaceFirst("^247\\.", (1000 + i) + ".")
                .replace("[Page 101", "[Page " + (i % 90 + 10))
                .replace("Speaking frankly", "Speaking frankly (" + i + " times over)");
    }
}
