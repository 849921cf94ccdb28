package org.teikit.validate;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.xmlresolver.CatalogManager;
import org.xmlresolver.ResolverFeature;
import org.xmlresolver.XMLResolverConfiguration;

/**
 * Turns the schema references of documents and options into URIs teikit can read offline: through
 * XML catalogs (the bundled {@code schemas/catalog.xml} and those given), and the canonical TEI
 * release URLs through a local folder of TEI schemas when one is configured. Thread-safe.
 */
public final class SchemaLocator {
    private static final List<String> TEI_RELEASE_PREFIXES = List.of(
            "https://tei-c.org/release/xml/tei/custom/schema/relaxng/",
            "http://tei-c.org/release/xml/tei/custom/schema/relaxng/",
            "https://www.tei-c.org/release/xml/tei/custom/schema/relaxng/",
            "http://www.tei-c.org/release/xml/tei/custom/schema/relaxng/");
    private final CatalogManager catalogs;
    private final Path teiSchemas;

    /**
     * @param catalogFiles XML catalogs to consult, in order, after the bundled one
     * @param teiSchemas   a folder holding tei_all.rng and friends, or null
     */
    public SchemaLocator(List<Path> catalogFiles, Path teiSchemas) {
        List<String> files = new ArrayList<>();
        catalogFiles.forEach(p -> files.add(p.toAbsolutePath().toUri().toString()));
        var bundled = SchemaLocator.class.getClassLoader().getResource("schemas/catalog.xml");
        if (bundled != null) {
            files.add(bundled.toString());
        }
        XMLResolverConfiguration config = new XMLResolverConfiguration(List.of(), List.of());
        config.setFeature(ResolverFeature.CATALOG_FILES, files);
        config.setFeature(ResolverFeature.PREFER_PROPERTY_FILE, false);
        config.setFeature(ResolverFeature.CLASSPATH_CATALOGS, false);
        this.catalogs = config.getFeature(ResolverFeature.CATALOG_MANAGER);
        this.teiSchemas = teiSchemas;
    }

    /** Where {@code href}, as written relative to {@code base}, is to be read from. */
    public URI locate(String href, URI base) {
        URI mapped = catalogs.lookupURI(href);
        if (mapped != null) {
            return mapped;
        }
        if (teiSchemas != null) {
            for (String prefix : TEI_RELEASE_PREFIXES) {
                if (href.startsWith(prefix)) {
                    Path local = teiSchemas.resolve(href.substring(prefix.length()));
                    if (Files.exists(local)) {
                        return local.toAbsolutePath().toUri();
                    }
                }
            }
        }
        URI uri = base == null ? URI.create(href) : base.resolve(href);
        URI resolved = catalogs.lookupURI(uri.toString());
        return resolved != null ? resolved : uri;
    }
}
