package org.teikit.transform;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;

/**
 * How TEI is published.
 *
 * @param format what is written; PDF is the FO of the pipeline laid out by FOP
 * @param pipeline the caller's stylesheets instead of teikit's, or null for teikit's own of the format
 * @param parameters given to every stylesheet; for PDF, {@code page-size} (A4 or letter) sets the page
 * @param creationDate the PDF's creation date (no wall-clock time in outputs unless asked)
 */
public record PublishOptions(OutputFormat format, Pipeline pipeline, Map<String, String> parameters, Instant creationDate) {
    public PublishOptions {
        Objects.requireNonNull(format, "format");
        parameters = Map.copyOf(parameters);
        Objects.requireNonNull(creationDate, "creationDate");
    }

    /** teikit's stylesheet of the format, no parameters, dated the epoch. */
    public static PublishOptions of(OutputFormat format) {
        return new PublishOptions(format, null, Map.of(), Instant.EPOCH);
    }

    public PublishOptions withParameters(Map<String, String> newParameters) {
        return new PublishOptions(format, pipeline, newParameters, creationDate);
    }

    public PublishOptions withPipeline(Pipeline newPipeline) {
        return new PublishOptions(format, newPipeline, parameters, creationDate);
    }

    public PublishOptions withCreationDate(Instant newCreationDate) {
        return new PublishOptions(format, pipeline, parameters, newCreationDate);
    }

    /** The stylesheets that run: the caller's, else teikit's of the format. */
    public Pipeline effectivePipeline() {
        return pipeline != null ? pipeline : Pipeline.of(format);
    }
}
