package org.teikit.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import net.sf.saxon.s9api.SaxonApiException;
import net.sf.saxon.s9api.XdmNode;
import net.sf.saxon.s9api.XsltExecutable;
import net.sf.saxon.s9api.Xslt30Transformer;
import org.teikit.transform.Renderer;

/**
 * One round of the HTML throughput benchmark: every file parsed as {@link Renderer#read} parses
 * (line numbers on, whichever stylesheet follows) and rendered to a stream that only counts bytes.
 */
final class RenderRound {
    /** Wall and thread-CPU milliseconds of the round, and the bytes written. */
    record Timing(long wallMillis, long cpuMillis, long outputBytes) {
    }

    private RenderRound() {
    }

    /** The {@code *.xml} files of a folder, sorted. */
    static List<Path> files(Path folder) throws IOException {
        try (Stream<Path> s = Files.list(folder)) {
            return s.filter(p -> p.toString().endsWith(".xml")).sorted().toList();
        }
    }

    /** Parses every file and, unless {@code executable} is null, renders it. */
    static Timing run(Renderer renderer, XsltExecutable executable, List<Path> files) throws IOException, SaxonApiException {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long cpu = threads.getCurrentThreadCpuTime();
        long start = System.nanoTime();
        CountingStream counter = new CountingStream();
        for (Path file : files) {
            XdmNode tei = renderer.read(file);
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
