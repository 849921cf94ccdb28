package org.teikit.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import org.teikit.Toolkit;
import org.teikit.transform.OutputFormat;
import org.teikit.transform.Pipeline;
import org.teikit.transform.pdf.PdfOptions;

/**
 * One round of the PDF benchmark: the smallest files of a folder through {@code PdfRenderer}, as
 * {@code teikit transform --to pdf} renders them. {@link HtmlBenchmark} runs rounds in its own JVM
 * for the speed, and this main in a JVM with a small heap to show the work fits in it.
 *
 * <p>Usage: {@code PdfRound FOLDER COUNT}; prints {@code PAGES MILLIS}.
 */
public final class PdfRound {
    private PdfRound() {
    }

    public static void main(String[] args) throws IOException {
        List<Path> files = smallest(RenderRound.files(Path.of(args[0])), Integer.parseInt(args[1]));
        long start = System.nanoTime();
        int pages = render(new Toolkit(), files);
        System.out.println(pages + " " + (System.nanoTime() - start) / 1_000_000);
    }

    static List<Path> smallest(List<Path> files, int count) {
        return files.stream().sorted(Comparator.comparingLong(PdfRound::size)).limit(count).toList();
    }

    /** The pages of all the PDFs made. */
    static int render(Toolkit toolkit, List<Path> files) throws IOException {
        int pages = 0;
        for (Path file : files) {
            pages += toolkit.pdfRenderer().render(toolkit.renderer().read(file, Pipeline.of(OutputFormat.PDF), true),
                    PdfOptions.defaults().withSourceName(file.toString())).pages();
        }
        return pages;
    }

    static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
