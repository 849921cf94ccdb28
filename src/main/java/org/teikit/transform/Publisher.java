package org.teikit.transform;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
import net.sf.saxon.s9api.XdmNode;
import org.teikit.transform.pdf.PageSize;
import org.teikit.transform.pdf.PdfOptions;
import org.teikit.transform.pdf.PdfRenderer;
import org.teikit.transform.pdf.PdfResult;

/**
 * Publishes TEI files in one format: reads each, runs its pipeline (HTML, text, FO), lays PDF out
 * with FOP, and reads its site-index entry. Thread-safe: the stylesheets, FOP's factory and the index
 * expressions are shared, everything else is made per document. Make one per format and run.
 */
public final class Publisher {
    private final Renderer renderer;
    private final Supplier<PdfRenderer> pdfRenderer;
    private final SiteIndex siteIndex;
    private final PublishOptions options;

    /** @param pdfRenderer asked for only when the format is PDF (FOP's fonts take a while to load) */
    public Publisher(Renderer renderer, Supplier<PdfRenderer> pdfRenderer, SiteIndex siteIndex, PublishOptions options) {
        this.renderer = renderer;
        this.pdfRenderer = pdfRenderer;
        this.siteIndex = siteIndex;
        this.options = options;
    }

    public PublishOptions options() {
        return options;
    }

    /**
     * @param href the output's address relative to the site index, for its entry
     * @throws IOException when the file cannot be read or is not well-formed XML
     * @throws IllegalArgumentException when a user's stylesheet does not compile
     * @throws IllegalStateException when a stylesheet or FOP fails on this document
     */
    public Publication publish(Path teiFile, String href) throws IOException {
        // lines only where they show: in the PDF's report of glyphs no font has
        XdmNode tei = renderer.read(teiFile, options.effectivePipeline(), options.format() == OutputFormat.PDF);
        SiteIndex.Entry entry = siteIndex.entry(tei, href);
        if (options.format() == OutputFormat.PDF) {
            PdfResult pdf = pdfRenderer.get().render(tei, pdfOptions(teiFile.toString()));
            return new Publication(pdf.pdf(), entry, pdf.diagnostics(), pdf.unhandled(), pdf.pages());
        }
        Set<String> unhandled = new TreeSet<>();
        byte[] content = renderer.render(tei, options.effectivePipeline(), options.parameters(), unhandled::add);
        return new Publication(content, entry, List.of(), List.copyOf(unhandled), 0);
    }

    private PdfOptions pdfOptions(String sourceName) {
        Map<String, String> parameters = new LinkedHashMap<>(options.parameters());
        String pageSize = parameters.remove("page-size");
        PdfOptions pdf = PdfOptions.defaults().withParameters(parameters).withPipeline(options.pipeline())
                .withSourceName(sourceName).withCreationDate(options.creationDate());
        return pageSize == null ? pdf : pdf.withPageSize(PageSize.of(pageSize));
    }
}
