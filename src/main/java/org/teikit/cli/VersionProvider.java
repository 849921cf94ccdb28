package org.teikit.cli;

import org.teikit.Toolkit;
import picocli.CommandLine;

/** The version Maven wrote into {@code teikit-version.properties}. */
final class VersionProvider implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
        return new String[] {"teikit " + Toolkit.version(), "Java " + System.getProperty("java.version")};
    }
}
