package org.teikit.export;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import net.sf.saxon.s9api.XdmNode;
import org.teikit.TestData;
import org.teikit.Toolkit;
import org.teikit.io.AtomicFiles;
import org.teikit.transform.OutputFormat;
import org.teikit.transform.Renderer;
import org.teikit.transform.pdf.PdfOptions;

/**
 * A build output for tests, laid out as {@code teikit build} lays it out: the corpus cases'
 * {@code expected.xml} as {@code tei/CASE.xml} (the last case in {@code tei/sub/}), each rendered
 * to {@code html/} and {@code text/} by the toolkit, and the first to {@code pdf/} when asked.
 */
public final class BuildFixture {
    private BuildFixture() {
    }

    /** @return the names of the documents written ({@code 02-letter-salutation-close}, {@code sub/06-page-breaks}) */
    public static List<Path> write(Path out, Toolkit toolkit, List<String> cases, boolean pdf) throws IOException {
        BuildLayout layout = new BuildLayout(out);
        Renderer renderer = toolkit.renderer();
        List<Path> names = new java.util.ArrayList<>();
        for (int i = 0; i < cases.size(); i++) {
            String corpusCase = cases.get(i);
            Path name = i == cases.size() - 1 && cases.size() > 1 ? Path.of("sub", corpusCase) : Path.of(corpusCase);
            Path tei = layout.file(FileKind.TEI, name);
            Files.createDirectories(tei.getParent());
            Files.copy(TestData.project().resolve("corpus/convert").resolve(corpusCase).resolve("expected.xml"), tei);
            XdmNode document = renderer.readWithLines(tei);
            AtomicFiles.write(layout.file(FileKind.HTML, name), renderer.render(document, OutputFormat.HTML, Map.of(), null), false);
            AtomicFiles.write(layout.file(FileKind.TEXT, name), renderer.render(document, OutputFormat.TEXT, Map.of(), null), false);
            if (pdf && i == 0) {
                byte[] bytes = toolkit.pdfRenderer().render(document, PdfOptions.defaults().withCreationDate(Instant.EPOCH)).pdf();
                AtomicFiles.write(layout.file(FileKind.PDF, name), bytes, false);
            }
            names.add(name);
        }
        return names;
    }

    /** Every corpus case's name, sorted. */
    public static List<String> corpusCases() throws IOException {
        try (var cases = Files.list(TestData.project().resolve("corpus/convert"))) {
            return cases.filter(Files::isDirectory).map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
