package org.teikit.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import net.sf.saxon.s9api.Processor;
import net.sf.saxon.s9api.SaxonApiException;
import net.sf.saxon.s9api.XdmNode;
import net.sf.saxon.s9api.XsltExecutable;
import org.teikit.transform.OutputFormat;
import org.teikit.transform.Pipeline;
import org.teikit.transform.Renderer;
import net.sf.saxon.s9api.Xslt30Transformer;

/**
 * One round of the HTML throughput benchmark: every file parsed, as teikit
 * or Saxon as it comes parses it, and rendered to a stream that only counts bytes.
 */
final class RenderRound {
    /** Wall and thread-CPU milliseconds of the round, and the bytes written. */
    record Timing(long wallMillis, long cpuMillis, long outputBytes) {
    }

    private RenderRound() {
    }

    /** How a round parses its files. */
    interface Parser {
        XdmNode parse(Path file) throws IOException, SaxonApiException;
    }

    /** teikit's parse for HTML, as {@code teikit transform --to html} has it. */
    static Parser teikitHtml(Renderer renderer) {
        Pipeline html = Pipeline.of(OutputFormat.HTML);
        return file -> renderer.read(file, html, false);
    }

    /** Saxon's own parse, as its command line ({@code Transform -s:}) has it: no line numbers. */
    static Parser saxonDefault(Processor processor) {
        return file -> processor.newDocumentBuilder().build(file.toFile());
    }

    /** The {@code *.xml} files of a folder, sorted. */
    static List<Path> files(Path folder) throws IOException {
        try (Stream<Path> s = Files.list(folder)) {
            return s.filter(p -> p.toString().endsWith(".xml")).sorted().toList();
        }
    }

    /** Parses every file and, unless {@code executable} is null, renders it. */
    static Timing run(Parser parser, XsltExecutable executable, List<Path> files) throws IOException, SaxonApiException {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long cpu = threads.getCurrentThreadCpuTime();
        long start = System.nanoTime();
        CountingStream counter = new CountingStream();
        for (Path file : files) {
            XdmNode tei = parser.parse(file);
            if (executable != null) {
                // as Renderer does, without its parameters and its collecting of messages
                Xslt30Transformer transformer = executable.load30();
                transformer.setMessageHandler(message -> { });
                transformer.setGlobalContextItem(tei);
                transformer.applyTemplates(tei, transformer.newSerializer(counter));
            }
        }
        return new Timing((System.nanoTime() - start) / 1_000_000, (threads.getCurrentThreadCpuTime() - cpu) / 1_000_000,
                counter.count);
    }

    /** Counts what the serializer writes, and keeps none of it. */
    private static final class CountingStream extends OutputStream {
        long count;

        @Override
        public void write(int b) {
            count++;
        }

        @Override
        public void write(byte[] b, int off, int len) {
            count += len;
        }
    }
}
