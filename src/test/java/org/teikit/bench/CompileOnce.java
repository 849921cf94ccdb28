package org.teikit.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import net.sf.saxon.s9api.Processor;
import org.teikit.transform.OutputFormat;
import org.teikit.transform.StylesheetRegistry;

/**
 * One cold compile: started by {@link HtmlBenchmark} in a fresh JVM, it compiles one stylesheet,
 * the first Saxon work of the process, and prints the wall and CPU milliseconds from making the
 * {@link Processor} to holding the executable, class loading included.
 *
 * <p>Usage: {@code CompileOnce ours|STYLESHEET.xsl}; prints {@code WALL_MS CPU_MS}.
 */
public final class CompileOnce {
    private CompileOnce() {
    }

    public static void main(String[] args) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long cpu = threads.getCurrentThreadCpuTime();
        long start = System.nanoTime();
        StylesheetRegistry registry = new StylesheetRegistry(new Processor(false));
        if (args[0].equals("ours")) {
            registry.get(OutputFormat.HTML.stylesheet());
        } else {
            registry.get(Path.of(args[0]));
        }
        long wall = System.nanoTime() - start;
        System.out.println(wall / 1_000_000 + " " + (threads.getCurrentThreadCpuTime() - cpu) / 1_000_000);
    }
}
