package org.teikit.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import picocli.CommandLine;

/** The version Maven wrote into {@code teikit-version.properties}. */
final class VersionProvider implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() throws IOException {
        Properties p = new Properties();
        try (InputStream in = VersionProvider.class.getResourceAsStream("/teikit-version.properties")) {
            if (in != null) {
                p.load(in);
            }
        }
        return new String[] {"teikit " + p.getProperty("version", "(unknown version)"),
            "Java " + System.getProperty("java.version")};
    }
}
