package org.teikit.io;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.teikit.Toolkit;
import org.teikit.convert.Conversion;
import org.teikit.convert.ConvertOptions;
import org.teikit.convert.Flavor;
import org.teikit.diag.Diagnostic;
import org.teikit.diag.Severity;
import org.teikit.model.SourcePosition;
import org.teikit.transform.RoundTrip;
import org.teikit.validate.TeiValidator;
import org.teikit.validate.ValidationOptions;

/**
 * Converts text files to TEI files: decode strictly, read header metadata, convert, optionally
 * check the round trip, write atomically, optionally validate what was written (never over an input, never over an existing output
 * unless allowed). Thread-safe; shares the toolkit's compiled artefacts.
 */
public final class TextFileConverter {

    /**
     * How to convert files.
     *
     * @param validate whether each written TEI file is validated against teikit's own schema
     *                 ({@code schemas/teikit.rng} + {@code teikit.sch}); findings name the output file
     */
    public record Settings(ConvertOptions options, Charset encoding, boolean overwrite, boolean checkRoundTrip,
            boolean validate) {
    }

    /** What happened to one file; {@code ioFailure} means it could not be read or written. */
    public record Result(Path input, Path output, List<Diagnostic> diagnostics, boolean written, boolean ioFailure) {
        public boolean hasErrors() {
            return diagnostics.stream().anyMatch(d -> d.severity() == Severity.ERROR);
        }
    }

    private final Toolkit toolkit;
    private final Settings settings;
    /** Cheap to make: the schemas it uses are compiled on first use and cached by the toolkit. */
    private final TeiValidator projectSchema;

    public TextFileConverter(Toolkit toolkit, Settings settings) {
        this.toolkit = toolkit;
        this.settings = settings;
        this.projectSchema = toolkit.validator(new ValidationOptions(List.of(), List.of(), null, false, false, List.of(),
                null, 1));
    }

    public Result convert(Path input, Path output) {
        String name = input.toString();
        try {
            if (Files.exists(output) && Files.isSameFile(input, output)) {
                return ioFailure(input, output, "the output would overwrite the input");
            }
            String text = new TextDecoder(settings.encoding()).decode(Files.readAllBytes(input), name);
            Map<String, String> metadata = HeaderMetadata.forInput(input, settings.options().metadata());
            Outcome outcome = convertText(text, name, settings.options().withMetadata(metadata));
            if (outcome.tei() == null) {
                return new Result(input, output, outcome.diagnostics(), false, false);
            }
            AtomicFiles.write(output, outcome.tei(), settings.overwrite());
            List<Diagnostic> diagnostics = new ArrayList<>(outcome.diagnostics());
            if (settings.validate() && settings.options().flavor() == Flavor.TEI) {
                diagnostics.addAll(projectSchema.validate(output).findings());
            }
            return new Result(input, output, diagnostics, true, false);
        } catch (InputDecodingException e) {
            Diagnostic d = new Diagnostic("IO-002", Severity.ERROR, e.getMessage(),
                    new SourcePosition(name, e.line(), e.column()));
            return new Result(input, output, List.of(d), false, true);
        } catch (IOException e) {
            return ioFailure(input, output, e.getMessage());
        }
    }

    /** The TEI bytes (null when nothing could be converted) and the findings, for text already in memory. */
    public record Outcome(byte[] tei, List<Diagnostic> diagnostics) {
    }

    public Outcome convertText(String text, String name, ConvertOptions options) {
        Conversion conversion = toolkit.converter(options).convert(text, name);
        List<Diagnostic> diagnostics = new ArrayList<>(conversion.diagnostics());
        if (!conversion.succeeded()) {
            return new Outcome(null, diagnostics);
        }
        if (settings.checkRoundTrip()) {
            var note = options.profile().noteMarkerFormat();
            var page = options.profile().pageMarkerFormat();
            if (note.isPresent() && page.isPresent()) {
                String rendered = toolkit.textRenderer().render(conversion.tei(), note.get(), page.get());
                RoundTrip.compare(text, rendered, name).ifPresent(diagnostics::add);
            } else {
                diagnostics.add(new Diagnostic("RTR-002", Severity.WARNING, "round trip not checked: a marker pattern"
                        + " is more than literal text around (?<n>...), so markers cannot be written back",
                        SourcePosition.of(name)));
            }
        }
        return new Outcome(TeiSerializer.toBytes(conversion.tei()), diagnostics);
    }

    private static Result ioFailure(Path input, Path output, String message) {
        Diagnostic d = new Diagnostic("IO-001", Severity.ERROR, message, SourcePosition.of(input.toString()));
        return new Result(input, output, List.of(d), false, true);
    }
}
