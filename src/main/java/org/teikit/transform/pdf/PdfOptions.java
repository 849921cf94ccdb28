package org.teikit.transform.pdf;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.teikit.transform.Pipeline;

/**
 * How a PDF is made.
 *
 * @param pageSize A4 or US Letter
 * @param parameters further parameters of the FO stylesheet (e.g. {@code font-size=11},
 *        {@code page-marker-before=[p. }); {@code page-size} comes from {@code pageSize}
 * @param pipeline the caller's XSLT stylesheets that make the FO instead of teikit's, or null
 * @param creationDate the PDF's creation date: teikit writes no wall-clock time unless asked, so
 *        this is the epoch unless the caller passes one (the CLI passes {@code SOURCE_DATE_EPOCH})
 * @param metadata the PDF's title, author … given by the caller, or null to take the ones the FO
 *        states (teikit's stylesheet states those of the teiHeader)
 * @param sourceName the name diagnostics give for the document (its file), e.g. {@code d247.xml}
 */
public record PdfOptions(PageSize pageSize, Map<String, String> parameters, Pipeline pipeline, Instant creationDate,
        PdfMetadata metadata, String sourceName) {
    public PdfOptions {
        Objects.requireNonNull(pageSize, "pageSize");
        parameters = Map.copyOf(parameters);
        Objects.requireNonNull(creationDate, "creationDate");
        Objects.requireNonNull(sourceName, "sourceName");
        if (parameters.containsKey("page-size")) {
            throw new IllegalArgumentException("page-size is set by PdfOptions.pageSize, not as a parameter");
        }
    }

    /** A4, teikit's stylesheet and the metadata of the document, dated the epoch. */
    public static PdfOptions defaults() {
        return new PdfOptions(PageSize.A4, Map.of(), null, Instant.EPOCH, null, "document");
    }

    public PdfOptions withPageSize(PageSize newPageSize) {
        return new PdfOptions(newPageSize, parameters, pipeline, creationDate, metadata, sourceName);
    }

    public PdfOptions withParameter(String name, String value) {
        Map<String, String> more = new LinkedHashMap<>(parameters);
        more.put(name, value);
        return new PdfOptions(pageSize, more, pipeline, creationDate, metadata, sourceName);
    }

    public PdfOptions withParameters(Map<String, String> newParameters) {
        return new PdfOptions(pageSize, newParameters, pipeline, creationDate, metadata, sourceName);
    }

    public PdfOptions withPipeline(Pipeline newPipeline) {
        return new PdfOptions(pageSize, parameters, newPipeline, creationDate, metadata, sourceName);
    }

    public PdfOptions withCreationDate(Instant newCreationDate) {
        return new PdfOptions(pageSize, parameters, pipeline, newCreationDate, metadata, sourceName);
    }

    public PdfOptions withMetadata(PdfMetadata newMetadata) {
        return new PdfOptions(pageSize, parameters, pipeline, creationDate, newMetadata, sourceName);
    }

    public PdfOptions withSourceName(String newSourceName) {
        return new PdfOptions(pageSize, parameters, pipeline, creationDate, metadata, newSourceName);
    }

    /** The stylesheet's parameters: {@link #parameters()} and {@code page-size}. */
    Map<String, String> stylesheetParameters() {
        Map<String, String> all = new LinkedHashMap<>(parameters);
        all.put("page-size", pageSize.parameter());
        return all;
    }
}
