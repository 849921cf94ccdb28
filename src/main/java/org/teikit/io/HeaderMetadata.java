package org.teikit.io;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

/**
 * Header values the text does not hold: {@code teikit.properties} in the input's folder, then the
 * input's sidecar {@code NAME.properties} beside {@code NAME.txt}; the more specific file wins, and
 * both win over values given on the command line. Files are read as UTF-8.
 */
public final class HeaderMetadata {
    public static final String FOLDER_FILE = "teikit.properties";

    private HeaderMetadata() {
    }

    public static Map<String, String> forInput(Path input, Map<String, String> fromOptions) throws IOException {
        Map<String, String> values = new TreeMap<>(fromOptions);
        Path folder = input.toAbsolutePath().getParent();
        if (folder != null) {
            read(folder.resolve(FOLDER_FILE), values);
            String name = input.getFileName().toString();
            int dot = name.lastIndexOf('.');
            read(folder.resolve((dot > 0 ? name.substring(0, dot) : name) + ".properties"), values);
        }
        return values;
    }

    private static void read(Path file, Map<String, String> into) throws IOException {
        if (!Files.isRegularFile(file)) {
            return;
        }
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(r);
        }
        p.stringPropertyNames().forEach(k -> into.put(k, p.getProperty(k).strip()));
    }
}
