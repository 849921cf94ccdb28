package org.teikit.bench;

import java.io.File;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import net.sf.saxon.s9api.Processor;
import net.sf.saxon.s9api.XsltExecutable;
import org.teikit.Toolkit;
import org.teikit.transform.OutputFormat;
import org.teikit.transform.StylesheetRegistry;
import org.teikit.transform.pdf.PdfRenderer;

/**
 * Publishing speed: teikit's HTML stylesheet beside the TEI Consortium's ({@code html/html.xsl} of
 * TEIC/Stylesheets), measured side by side in one run (alternating, medians), because the machines
 * it runs on are shared and noisy: only the ratios travel. Not a test: run it by hand from the
 * project folder, never in CI (see README, "Measured"):
 *
 * <pre>
 * mvn -B -q -DskipTests package test-compile
 * java -cp target/teikit.jar:target/test-classes org.teikit.bench.HtmlBenchmark \
 *     .fetched/Stylesheets/html/html.xsl ../shared/tei-samples/bulk/eltec-eng 5
 * </pre>
 *
 * <p>Usage: {@code HtmlBenchmark THEIR_HTML_XSL FOLDER [ROUNDS] [PDF_FILES]}. It reports:
 * <ol>
 * <li>compile time, cold: each stylesheet compiled as the first Saxon work of a fresh JVM
 * ({@link CompileOnce}), once with the JVM's defaults and once with the options of the
 * {@code teikit} launcher, read off the JVM it starts (quick JIT alone on one thread, serial collector,
 * its class-data archive);</li>
 * <li>compile time, warm: repeated compiles in this JVM, each with a fresh {@link Processor};</li>
 * <li>throughput: every {@code *.xml} of the folder parsed (line numbers on, as {@link Renderer#read}
 * does for both) and rendered to a counting stream ({@link RenderRound}), rounds alternating, beside a
 * bare parse; then the same with each stylesheet alone in a JVM of its own ({@link ThroughputAlone});</li>
 * <li>PDF through {@link PdfRenderer} on the smallest files ({@link PdfRound}): pages/s, MB/s of TEI,
 * peak heap sampled ({@link HeapSampler}), and the same work in a JVM with a small heap;</li>
 * <li>the whole command, cold: {@code ./teikit transform DIR --to html} beside Saxon's
 * {@code net.sf.saxon.Transform -s:DIR -xsl:THEIRS -o:OUT}.</li>
 * </ol>
 */
public final class HtmlBenchmark {
    private static final String PDF_HEAP = "64m";

    private HtmlBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path theirs = Path.of(args[0]).toAbsolutePath();
        Path folder = Path.of(args[1]);
        int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 5;
        int pdfFiles = args.length > 3 ? Integer.parseInt(args[3]) : 5;
        List<Path> files = RenderRound.files(folder);
        long bytes = 0;
        for (Path f : files) {
            bytes += Files.size(f);
        }
        System.out.printf("%d files, %.1f MB; %d cores; %d alternating rounds, medians%n", files.size(), bytes / 1e6,
                Runtime.getRuntime().availableProcessors(), rounds);
        // the launcher records its class-data archive when it is missing or older than the jar
        time(List.of("./teikit", "--version"));
        coldCompiles(theirs, rounds);
        warmCompiles(theirs, Math.max(rounds, 5));
        throughput(theirs, files, bytes, rounds);
        throughputAlone(theirs, folder, bytes, rounds);
        pdf(files, pdfFiles, Math.min(rounds, 3));
        wholeCommands(theirs, files, rounds);
    }

    /** Each compile in a fresh JVM: the figure a single run of a command pays. */
    private static void coldCompiles(Path theirs, int rounds) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        // absolute, as the launcher records its archive with the jar's absolute path
        String classpath = Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .map(e -> Path.of(e).toAbsolutePath().toString()).collect(Collectors.joining(File.pathSeparator));
        List<String> launcher = launcherOptions(java);
        System.out.println("compile, cold (first Saxon work of a fresh JVM; wall ms / CPU ms of that thread):");
        for (List<String> options : List.of(List.<String>of(), launcher)) {
            long[][] ours = new long[2][rounds];
            long[][] their = new long[2][rounds];
            for (int i = 0; i < rounds; i++) {
                record(ours, i, compileInChild(java, options, classpath, "ours"));
                record(their, i, compileInChild(java, options, classpath, theirs.toString()));
            }
            String label = options.isEmpty() ? "JVM defaults" : "launcher's options " + options;
            System.out.printf("  %s%n    ours:   %.0f / %.0f ms %s%n    theirs: %.0f / %.0f ms %s%n", label,
                    median(ours[0]), median(ours[1]), Arrays.toString(ours[0]),
                    median(their[0]), median(their[1]), Arrays.toString(their[0]));
        }
    }

    /**
     * The JVM options the {@code teikit} launcher sets: those its JVM prints and a plain one does not
     * (the JVM's own choices, diagnostic ones among them, stay the JVM's); and {@code -Xshare:on}, so
     * that a JVM that cannot use the class-data archive stops instead of running without it.
     */
    private static List<String> launcherOptions(String java) throws IOException, InterruptedException {
        List<String> launcher = printedFlags(List.of("./teikit", "--version"));
        List<String> plain = printedFlags(List.of(java, "-XX:+PrintCommandLineFlags", "-version"));
        List<String> options = new ArrayList<>(launcher.stream()
                .filter(f -> !plain.contains(f) && !f.contains("HeapSize=")).toList());
        if (options.stream().anyMatch(f -> f.startsWith("-XX:SharedArchiveFile="))) {
            options.add("-Xshare:on");
        }
        return options;
    }

    /** The first line a JVM prints under {@code -XX:+PrintCommandLineFlags}, set here for the launcher. */
    private static List<String> printedFlags(List<String> command) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD);
        builder.environment().put("TEIKIT_JAVA_OPTS", "-XX:+PrintCommandLineFlags");
        Process p = builder.start();
        String flags = new String(p.getInputStream().readAllBytes()).lines().findFirst().orElse("");
        if (p.waitFor() != 0 || !flags.startsWith("-")) {
            throw new IllegalStateException(String.join(" ", command) + " did not print its JVM options: " + flags);
        }
        return List.of(flags.strip().split(" +"));
    }

    private static void record(long[][] table, int round, long[] wallAndCpu) {
        table[0][round] = wallAndCpu[0];
        table[1][round] = wallAndCpu[1];
    }

    private static long[] compileInChild(String java, List<String> options, String classpath, String stylesheet)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(java));
        command.addAll(options);
        command.addAll(List.of("-cp", classpath, CompileOnce.class.getName(), stylesheet));
        Process p = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        String out = new String(p.getInputStream().readAllBytes()).strip();
        if (p.waitFor() != 0) {
            throw new IllegalStateException("compiling " + stylesheet + " failed: " + out);
        }
        String[] parts = out.split(" ");
        return new long[] {Long.parseLong(parts[0]), Long.parseLong(parts[1])};
    }

    /** Compiles in this JVM once Saxon's code is loaded and compiled by the JIT. */
    private static void warmCompiles(Path theirs, int rounds) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        for (int i = 0; i < 3; i++) {
            compile(null);
            compile(theirs);
        }
        long[][] ours = new long[2][rounds];
        long[][] their = new long[2][rounds];
        for (int i = 0; i < rounds; i++) {
            for (Path stylesheet : i % 2 == 0 ? Arrays.asList(null, theirs) : Arrays.asList(theirs, null)) {
                long cpu = threads.getCurrentThreadCpuTime();
                long start = System.nanoTime();
                compile(stylesheet);
                long[][] table = stylesheet == null ? ours : their;
                record(table, i, new long[] {(System.nanoTime() - start) / 1_000_000,
                    (threads.getCurrentThreadCpuTime() - cpu) / 1_000_000});
            }
        }
        System.out.printf("compile, warm (fresh Processor each, after 3 of each; wall ms / CPU ms):%n"
                + "    ours:   %.0f / %.0f ms %s%n    theirs: %.0f / %.0f ms %s%n",
                median(ours[0]), median(ours[1]), Arrays.toString(ours[0]),
                median(their[0]), median(their[1]), Arrays.toString(their[0]));
    }

    /** Ours when {@code theirs} is null. */
    private static XsltExecutable compile(Path theirs) {
        StylesheetRegistry registry = new StylesheetRegistry(new Processor(false));
        return theirs == null ? registry.get(OutputFormat.HTML.stylesheet()) : registry.get(theirs);
    }

    /**
     * Each stylesheet compiled once, ours on the toolkit's processor, theirs on a plain Saxon one; each
     * parses as it would (ours as {@code teikit transform}, theirs as Saxon's command line); per round, every file parsed and rendered by ours, by theirs,
     * and parsed alone. Wall time beside the
     * CPU time of this thread, which others' load on a shared machine disturbs less.
     */
    private static void throughput(Path theirs, List<Path> files, long bytes, int rounds) throws Exception {
        Toolkit toolkit = new Toolkit();
        RenderRound.Parser ourParse = RenderRound.teikitHtml(toolkit.renderer());
        XsltExecutable ours = toolkit.stylesheets().get(OutputFormat.HTML.stylesheet());
        // theirs on Saxon as it comes: a processor of its own, without teikit's serializer factory
        StylesheetRegistry plain = new StylesheetRegistry(new Processor(false));
        RenderRound.Parser theirParse = RenderRound.saxonDefault(plain.processor());
        XsltExecutable their = plain.get(theirs);
        long ourOutput = RenderRound.run(ourParse, ours, files).outputBytes();
        long theirOutput = RenderRound.run(theirParse, their, files).outputBytes();
        long[][] ourTimes = new long[2][rounds];
        long[][] theirTimes = new long[2][rounds];
        long[][] parseTimes = new long[2][rounds];
        for (int i = 0; i < rounds; i++) {
            boolean oursFirst = i % 2 == 0;
            if (oursFirst) {
                record(ourTimes, i, RenderRound.run(ourParse, ours, files));
            }
            record(theirTimes, i, RenderRound.run(theirParse, their, files));
            if (!oursFirst) {
                record(ourTimes, i, RenderRound.run(ourParse, ours, files));
            }
            record(parseTimes, i, RenderRound.run(ourParse, null, files));
        }
        System.out.printf("HTML throughput in this JVM, both stylesheets run in it, one thread, parse included "
                + "(output: ours %.1f MB, theirs %.1f MB):%n", ourOutput / 1e6, theirOutput / 1e6);
        for (int kind = 0; kind < 2; kind++) {
            double ourSeconds = median(ourTimes[kind]) / 1000;
            double theirSeconds = median(theirTimes[kind]) / 1000;
            double parseSeconds = median(parseTimes[kind]) / 1000;
            System.out.printf("  %s:%n    ours:   %.2f s, %.1f MB/s %s%n    theirs: %.2f s, %.1f MB/s %s%n"
                    + "    parse alone: %.2f s, %.1f MB/s %s%n"
                    + "    ours is %.1f x as fast as theirs (%.1f x on the time above the bare parse)%n",
                    kind == 0 ? "wall time" : "CPU time of the thread", ourSeconds, bytes / 1e6 / ourSeconds,
                    Arrays.toString(ourTimes[kind]), theirSeconds, bytes / 1e6 / theirSeconds,
                    Arrays.toString(theirTimes[kind]), parseSeconds, bytes / 1e6 / parseSeconds,
                    Arrays.toString(parseTimes[kind]), theirSeconds / ourSeconds,
                    (theirSeconds - parseSeconds) / (ourSeconds - parseSeconds));
        }
    }

    private static void record(long[][] table, int round, RenderRound.Timing timing) {
        table[0][round] = timing.wallMillis();
        table[1][round] = timing.cpuMillis();
    }

    /**
     * The same throughput with each stylesheet alone in a fresh JVM ({@link ThroughputAlone}), two
     * JVMs of each, alternating: in one JVM the JIT compiles Saxon for both stylesheets at once, which
     * slows each, ours the more.
     */
    private static void throughputAlone(Path theirs, Path folder, long bytes, int rounds) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String classpath = System.getProperty("java.class.path");
        int perJvm = Math.max(1, rounds / 2);
        List<long[]> ours = new ArrayList<>();
        List<long[]> their = new ArrayList<>();
        for (int jvm = 0; jvm < 2; jvm++) {
            ours.addAll(roundsInChild(java, classpath, "ours", folder, perJvm));
            their.addAll(roundsInChild(java, classpath, theirs.toString(), folder, perJvm));
        }
        System.out.printf("HTML throughput, each stylesheet alone in its JVM (2 JVMs each, %d rounds in each after "
                + "%d to warm up), parse included:%n", perJvm, ThroughputAlone.WARM_UP);
        for (int kind = 0; kind < 2; kind++) {
            final int k = kind;
            long[] ourMillis = ours.stream().mapToLong(t -> t[k]).toArray();
            long[] theirMillis = their.stream().mapToLong(t -> t[k]).toArray();
            double ourSeconds = median(ourMillis) / 1000;
            double theirSeconds = median(theirMillis) / 1000;
            System.out.printf("  %s: ours %.2f s, %.1f MB/s %s; theirs %.2f s, %.1f MB/s %s; ours is %.1f x as fast%n",
                    kind == 0 ? "wall time" : "CPU time", ourSeconds, bytes / 1e6 / ourSeconds, Arrays.toString(ourMillis),
                    theirSeconds, bytes / 1e6 / theirSeconds, Arrays.toString(theirMillis), theirSeconds / ourSeconds);
        }
    }

    private static List<long[]> roundsInChild(String java, String classpath, String stylesheet, Path folder, int rounds)
            throws IOException, InterruptedException {
        Process p = new ProcessBuilder(java, "-cp", classpath, ThroughputAlone.class.getName(), stylesheet,
                folder.toString(), String.valueOf(rounds)).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        String out = new String(p.getInputStream().readAllBytes()).strip();
        if (p.waitFor() != 0) {
            throw new IllegalStateException("the throughput of " + stylesheet + " could not be measured: " + out);
        }
        return out.lines().map(line -> Arrays.stream(line.split(" ")).mapToLong(Long::parseLong).toArray()).toList();
    }

    /**
     * The {@code count} smallest files to PDF, in this JVM after one round to warm up, with the heap
     * in use sampled; then once in a fresh JVM with a heap of {@value #PDF_HEAP}, to show the bound.
     */
    private static void pdf(List<Path> files, int count, int rounds) throws Exception {
        List<Path> smallest = PdfRound.smallest(files, count);
        long bytes = smallest.stream().mapToLong(PdfRound::size).sum();
        Toolkit toolkit = new Toolkit();
        HeapSampler heap = HeapSampler.start();
        int pages = 0;
        long[] millis = new long[rounds + 1];
        for (int i = 0; i <= rounds; i++) {
            long start = System.nanoTime();
            pages = PdfRound.render(toolkit, smallest);
            millis[i] = (System.nanoTime() - start) / 1_000_000;
        }
        long peak = heap.stop();
        double seconds = median(Arrays.copyOfRange(millis, 1, millis.length)) / 1000;
        System.out.printf("PDF, %d smallest files (%.2f MB of TEI, %d pages), one thread, median of %d after 1 warm-up:%n"
                + "    %.2f s: %.1f pages/s, %.2f MB/s of TEI; peak heap used %.0f MB of max %.0f MB %s (first round included)%n",
                smallest.size(), bytes / 1e6, pages, rounds, seconds, pages / seconds, bytes / 1e6 / seconds, peak / 1e6,
                Runtime.getRuntime().maxMemory() / 1e6, Arrays.toString(millis));
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(java, "-Xmx" + PDF_HEAP, "-cp", System.getProperty("java.class.path"),
                PdfRound.class.getName(), files.get(0).getParent().toString(), String.valueOf(count))
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        String out = new String(p.getInputStream().readAllBytes()).strip();
        System.out.printf("    the same in a fresh JVM with -Xmx%s: %s%n", PDF_HEAP,
                p.waitFor() == 0 ? "done, " + out.replace(" ", " pages in ") + " ms (cold)" : "FAILED");
    }

    /**
     * The whole command as users run it, a fresh JVM each, on a folder holding the same files: the
     * launcher beside Saxon's own command line (run from the project folder).
     */
    private static void wholeCommands(Path theirs, List<Path> files, int rounds) throws Exception {
        Path work = Files.createTempDirectory("teikit-html-bench");
        Path in = Files.createDirectory(work.resolve("in"));
        for (Path f : files) {
            Files.createSymbolicLink(in.resolve(f.getFileName()), f.toAbsolutePath());
        }
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> teikit = List.of("./teikit", "transform", in.toString(), "--to", "html", "-f", "-o",
                work.resolve("ours").toString());
        Files.createDirectory(work.resolve("theirs")); // Saxon writes a folder's results only into an existing folder
        List<String> saxon = List.of(java, "-cp", saxonClasspath(), "net.sf.saxon.Transform", "-s:" + in,
                "-xsl:" + theirs, "-o:" + work.resolve("theirs"));
        long[] ourMillis = new long[rounds];
        long[] theirMillis = new long[rounds];
        for (int i = 0; i < rounds; i++) {
            ourMillis[i] = time(teikit);
            theirMillis[i] = time(saxon);
        }
        System.out.printf("whole command, cold, %d files:%n    ./teikit transform --to html: %.2f s %s%n"
                + "    java net.sf.saxon.Transform -xsl:html.xsl: %.2f s %s%n    ratio theirs/ours: %.1f%n", files.size(),
                median(ourMillis) / 1000, Arrays.toString(ourMillis), median(theirMillis) / 1000,
                Arrays.toString(theirMillis), median(theirMillis) / median(ourMillis));
        try (Stream<Path> walk = Files.walk(work)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    /** Saxon and the resolver it needs, from this JVM's class path (all of it when they are shaded into one jar). */
    private static String saxonClasspath() {
        String classpath = System.getProperty("java.class.path");
        List<String> saxon = Arrays.stream(classpath.split(File.pathSeparator))
                .filter(e -> Path.of(e).getFileName().toString().matches("(Saxon-HE|xmlresolver)-.*\\.jar")).toList();
        return saxon.stream().anyMatch(e -> e.contains("Saxon-HE")) ? String.join(File.pathSeparator, saxon) : classpath;
    }

    private static long time(List<String> command) throws Exception {
        long start = System.nanoTime();
        Process p = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        if (p.waitFor() != 0) {
            throw new IllegalStateException(String.join(" ", command) + " failed with exit code " + p.exitValue());
        }
        return (System.nanoTime() - start) / 1_000_000;
    }

    private static double median(long[] values) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2.0;
    }
}
