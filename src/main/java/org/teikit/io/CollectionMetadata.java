package org.teikit.io;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

/**
 * What a collection says about itself, for the files that describe all of it (the CMIF file, the
 * bag's bag-info.txt), read from a {@code collection.properties} beside the transcriptions:
 *
 * <pre>
 * title = Letters of the Lisbon Embassy, 1977–1980
 * publisher = Office of the Historian
 * editor = Jane Doe; John Roe
 * email = editors@example.org
 * url = https://example.org/letters/letters.cmif.xml
 * licence.url = https://creativecommons.org/licenses/by/4.0/
 * </pre>
 *
 * Several editors or publishers are separated by ";". Every value is optional; an unknown key is an
 * error, so that a misspelt one is not silently ignored. Immutable.
 */
public record CollectionMetadata(String title, List<String> publishers, List<String> editors, String email, String url,
        String licenceUrl) {
    public static final String FILE_NAME = "collection.properties";
    private static final Set<String> KEYS = Set.of("title", "publisher", "editor", "email", "url", "licence.url");

    public CollectionMetadata {
        publishers = List.copyOf(publishers);
        editors = List.copyOf(editors);
    }

    public static CollectionMetadata none() {
        return new CollectionMetadata(null, List.of(), List.of(), null, null, null);
    }

    /** The file's values, or none when the file does not exist. */
    public static CollectionMetadata read(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            return none();
        }
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        Set<String> unknown = new TreeSet<>(properties.stringPropertyNames());
        unknown.removeAll(KEYS);
        if (!unknown.isEmpty()) {
            throw new IOException(file + ": unknown keys " + unknown + " (known: " + new TreeSet<>(KEYS) + ")");
        }
        Map<String, String> values = new LinkedHashMap<>();
        properties.stringPropertyNames().forEach(k -> values.put(k, properties.getProperty(k).strip()));
        return new CollectionMetadata(values.get("title"), list(values.get("publisher")), list(values.get("editor")),
                values.get("email"), values.get("url"), values.get("licence.url"));
    }

    private static List<String> list(String value) {
        return value == null ? List.of()
                : Arrays.stream(value.split(";")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }
}
