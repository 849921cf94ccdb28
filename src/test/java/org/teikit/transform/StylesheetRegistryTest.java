package org.teikit.transform;

import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import net.sf.saxon.s9api.Processor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Stylesheets compiled once, whether asked for at once or prepared in the background first. */
class StylesheetRegistryTest {
    @Test
    void aPreparedStylesheetIsTheOneGetReturns() {
        StylesheetRegistry registry = new StylesheetRegistry(new Processor(false));
        registry.prepare(OutputFormat.TEXT.stylesheet());
        registry.prepare(OutputFormat.TEXT.stylesheet());
        assertSame(registry.get(OutputFormat.TEXT.stylesheet()), registry.get(OutputFormat.TEXT.stylesheet()));
    }

    @Test
    void aBrokenBundledStylesheetFailsWhenAskedFor() {
        StylesheetRegistry registry = new StylesheetRegistry(new Processor(false));
        registry.prepare("xslt/none.xsl");
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> registry.get("xslt/none.xsl"));
        assertTrue(e.getMessage().contains("missing from the classpath"), e.getMessage());
    }

    @Test
    void aUsersStylesheetThatDoesNotCompileFailsEveryTimeWithSaxonsMessage(@TempDir Path dir) throws Exception {
        Path broken = Files.writeString(dir.resolve("broken.xsl"), """
                <xsl:stylesheet version="3.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">
                  <xsl:template match="/"><xsl:value-of select="1 +"/></xsl:template>
                </xsl:stylesheet>""");
        StylesheetRegistry registry = new StylesheetRegistry(new Processor(false));
        IllegalArgumentException first = assertThrows(IllegalArgumentException.class, () -> registry.get(broken));
        assertTrue(first.getMessage().contains("broken.xsl: the stylesheet does not compile"), first.getMessage());
        assertSame(first, assertThrows(IllegalArgumentException.class, () -> registry.get(broken)));
    }
}
