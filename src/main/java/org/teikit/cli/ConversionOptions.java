package org.teikit.cli;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.teikit.convert.ConversionProfile;
import org.teikit.convert.ConvertOptions;
import org.teikit.convert.Flavor;
import picocli.CommandLine.Option;

/** The options that {@code convert} and {@code build} share. */
final class ConversionOptions {
    @Option(names = "--flavor", defaultValue = "tei", paramLabel = "tei|frus",
            converter = FlavorConverter.class,
            description = "TEI conventions to write: tei (TEI P5, tei_all-valid, with correspDesc; default) or "
                    + "frus (the Office of the Historian's conventions, frus.rnc-valid).")
    Flavor flavor;

    @Option(names = "--encoding", defaultValue = "UTF-8", paramLabel = "CHARSET",
            description = "Encoding of the input text (default: ${DEFAULT-VALUE}; a BOM is accepted).")
    Charset encoding = StandardCharsets.UTF_8;

    @Option(names = "--profile", paramLabel = "FILE",
            description = "Transcription conventions as a properties file: page.marker, note.marker, note.list "
                    + "(regular expressions with a group named n).")
    Path profile;

    @Option(names = "--page-marker", paramLabel = "REGEX",
            description = "Page marker pattern with a group named n (default: \\[Page (?<n>...)\\]), e.g. "
                    + "'\\[p\\. (?<n>\\d+)\\]' or '\\|(?<n>\\d+)\\|'.")
    String pageMarker;

    @Option(names = "--note-marker", paramLabel = "REGEX",
            description = "Explicit footnote marker pattern with a group named n, e.g. '\\[(?<n>\\d+)\\]' or "
                    + "'\\^(?<n>\\d+)' (default: digits glued to the preceding word, as in FRUS web text).")
    String noteMarker;

    @Option(names = {"-m", "--meta"}, paramLabel = "KEY=VALUE",
            description = "A header value the text does not hold: title, editor, edition, publisher, pubPlace, "
                    + "date, idno, licence, licence.url, source. teikit.properties in the input's folder and a "
                    + "sidecar NAME.properties override it.")
    Map<String, String> metadata = new LinkedHashMap<>();

    @Option(names = {"-f", "--force"}, description = "Overwrite existing output files.")
    boolean force;

    ConvertOptions toConvertOptions() throws IOException {
        ConversionProfile p = ConversionProfile.FRUS;
        if (profile != null) {
            try (Reader r = Files.newBufferedReader(profile, StandardCharsets.UTF_8)) {
                p = p.overriddenBy(r);
            }
        }
        if (pageMarker != null) {
            p = p.withPageMarker(pageMarker);
        }
        if (noteMarker != null) {
            p = p.withNoteMarker(noteMarker);
        }
        return new ConvertOptions(p, flavor, metadata);
    }

    static final class FlavorConverter implements picocli.CommandLine.ITypeConverter<Flavor> {
        @Override
        public Flavor convert(String value) {
            return Flavor.valueOf(value.toUpperCase(java.util.Locale.ROOT));
        }
    }
}
