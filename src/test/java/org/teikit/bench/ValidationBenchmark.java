package org.teikit.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.teikit.Toolkit;
import org.teikit.io.FastXmlReader;
import org.teikit.io.SecureXml;
import org.teikit.validate.TeiValidator;
import org.teikit.validate.ValidationOptions;
import org.xml.sax.InputSource;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * RELAX NG validation of a folder against a schema, teikit beside Jing, measured side by side in one
 * run (alternating, median of N): the whole command as a user runs it (a fresh JVM each, schema
 * compiled in it), then steady-state throughput in one warm JVM beside a bare SAX parse of the same
 * files (the floor), with the JDK's Xerces (Jing's parser) and with the reader teikit uses. Not a test: run it by hand (see README), never in CI.
 *
 * <p>Usage: {@code ValidationBenchmark SCHEMA FOLDER JING_CLASSPATH [ROUNDS]}
 */
public final class ValidationBenchmark {
    private ValidationBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path schema = Path.of(args[0]);
        Path folder = Path.of(args[1]);
        String jingClasspath = args[2];
        int rounds = args.length > 3 ? Integer.parseInt(args[3]) : 5;
        List<Path> files;
        try (Stream<Path> s = Files.list(folder)) {
            files = s.filter(p -> p.toString().endsWith(".xml")).sorted().toList();
        }
        long bytes = 0;
        for (Path f : files) {
            bytes += Files.size(f);
        }
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> jing = new ArrayList<>(List.of(java, "-cp", jingClasspath, "com.thaiopensource.relaxng.util.Driver",
                schema.toString()));
        files.forEach(f -> jing.add(f.toString()));
        // teikit as users run it: through its launcher (run the benchmark from the project folder)
        List<String> teikit = List.of("./teikit", "validate", "-q", "--no-embedded-schematron", "--schema",
                schema.toString(), folder.toString());
        // the launcher makes its class-data archive when it is missing or older than the jar: not in a round
        time(List.of("./teikit", "--version"));
        long[] jingMillis = new long[rounds];
        long[] teikitMillis = new long[rounds];
        for (int i = 0; i < rounds; i++) {
            jingMillis[i] = time(jing);
            teikitMillis[i] = time(teikit);
        }
        double jingMedian = median(jingMillis) / 1000.0;
        double teikitMedian = median(teikitMillis) / 1000.0;
        System.out.printf("%d files, %.1f MB, %d cores; %d alternating rounds, medians:%n", files.size(), bytes / 1e6,
                Runtime.getRuntime().availableProcessors(), rounds);
        System.out.printf("  jing (one JVM, all files):   %.2f s   %s%n", jingMedian, Arrays.toString(jingMillis));
        System.out.printf("  ./teikit validate (one JVM): %.2f s   %s%n", teikitMedian, Arrays.toString(teikitMillis));
        System.out.printf("  ratio teikit/jing: %.2f%n", teikitMedian / jingMedian);
        steadyState(schema, files, bytes);
    }

    /** In one JVM, schema compiled and code warm: validation beside a bare parse. */
    private static void steadyState(Path schema, List<Path> files, long bytes) throws Exception {
        Toolkit toolkit = new Toolkit();
        int cores = Runtime.getRuntime().availableProcessors();
        for (int jobs : new int[] {1, cores}) {
            TeiValidator validator = toolkit.validator(new ValidationOptions(List.of(schema.toString()), List.of(), null,
                    false, false, List.of(), null, jobs));
            validator.validate(files, r -> { });
            validator.validate(files, r -> { });
            long start = System.nanoTime();
            validator.validate(files, r -> { });
            double seconds = (System.nanoTime() - start) / 1e9;
            System.out.printf("  steady state, %d thread(s): %.2f s, %.0f MB/s%n", jobs, seconds, bytes / 1e6 / seconds);
        }
        bareParse("JDK Xerces (secure reader)", files, bytes, f -> {
            var reader = SecureXml.newReader();
            try (var in = Files.newInputStream(f)) {
                parse(reader, new InputSource(in));
            }
        });
        bareParse("teikit's fast reader (Aalto, file read whole)", files, bytes,
                f -> parse(new FastXmlReader(Files.readAllBytes(f)), new InputSource(f.toUri().toString())));
    }

    private interface BareParse {
        void parse(Path file) throws Exception;
    }

    private static void bareParse(String label, List<Path> files, long bytes, BareParse parse) throws Exception {
        for (int round = 0; round < 3; round++) {
            long start = System.nanoTime();
            for (Path f : files) {
                parse.parse(f);
            }
            if (round == 2) {
                double seconds = (System.nanoTime() - start) / 1e9;
                System.out.printf("  bare SAX parse, %s, 1 thread: %.2f s, %.0f MB/s%n", label, seconds,
                        bytes / 1e6 / seconds);
            }
        }
    }

    private static void parse(XMLReader reader, InputSource source) throws Exception {
        reader.setContentHandler(new DefaultHandler());
        reader.parse(source);
    }

    private static long time(List<String> command) throws Exception {
        long start = System.nanoTime();
        Process p = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        p.waitFor();
        return (System.nanoTime() - start) / 1_000_000;
    }

    private static double median(long[] values) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted.length % 2 == 1 ? sorted[sorted.length / 2] : (sorted[sorted.length / 2 - 1] + sorted[sorted.length / 2]) / 2.0;
    }
}
