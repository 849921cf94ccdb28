package org.teikit.bench;

import java.nio.file.Path;
import java.util.List;
import net.sf.saxon.s9api.Processor;
import net.sf.saxon.s9api.XsltExecutable;
import org.teikit.Toolkit;
import org.teikit.transform.OutputFormat;
import org.teikit.transform.StylesheetRegistry;

/**
 * HTML throughput of one stylesheet alone in its JVM, as a user's run has it: started by
 * {@link HtmlBenchmark} in a fresh JVM per stylesheet, so that the JIT compiles Saxon for that
 * stylesheet only. {@value #WARM_UP} rounds to warm up (the JIT is still compiling Saxon for the
 * first ones), then {@code ROUNDS}; prints each round's
 * {@code WALL_MS CPU_MS} on a line of its own.
 *
 * <p>Usage: {@code ThroughputAlone ours|STYLESHEET.xsl FOLDER ROUNDS}
 */
public final class ThroughputAlone {
    static final int WARM_UP = 3;

    private ThroughputAlone() {
    }

    public static void main(String[] args) throws Exception {
        Toolkit toolkit = new Toolkit();
        boolean ours = args[0].equals("ours");
        // theirs on Saxon as it comes: a processor of its own, without teikit's serializer factory
        StylesheetRegistry plain = new StylesheetRegistry(new Processor(false));
        RenderRound.Parser parser = ours ? RenderRound.teikitHtml(toolkit.renderer()) : RenderRound.saxonDefault(plain.processor());
        XsltExecutable executable = ours ? toolkit.stylesheets().get(OutputFormat.HTML.stylesheet())
                : plain.get(Path.of(args[0]));
        List<Path> files = RenderRound.files(Path.of(args[1]));
        int rounds = Integer.parseInt(args[2]);
        for (int i = 0; i < WARM_UP; i++) {
            RenderRound.run(parser, executable, files);
        }
        for (int i = 0; i < rounds; i++) {
            RenderRound.Timing timing = RenderRound.run(parser, executable, files);
            System.out.println(timing.wallMillis() + " " + timing.cpuMillis());
        }
    }
}
