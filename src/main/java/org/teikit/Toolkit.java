package org.teikit;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;
import java.util.function.Supplier;
import net.sf.saxon.s9api.Processor;
import org.teikit.convert.ConvertOptions;
import org.teikit.convert.PlainTextConverter;
import org.teikit.export.BagVerifier;
import org.teikit.export.BagWriter;
import org.teikit.export.MetsExporter;
import org.teikit.export.CmifExporter;
import org.teikit.export.DublinCoreExporter;
import org.teikit.transform.Renderer;
import org.teikit.transform.StylesheetRegistry;
import org.teikit.transform.TeikitSerializerFactory;
import org.teikit.transform.TextRenderer;
import org.teikit.transform.pdf.PdfRenderer;
import org.teikit.validate.RelaxNgValidator;
import org.teikit.validate.SchematronValidator;
import org.teikit.validate.TeiValidator;
import org.teikit.validate.ValidationOptions;

/**
 * One toolkit instance owns the compiled artefacts of a run (schemas, stylesheets) and shares them
 * across documents and threads. Thread-safe. Create one per run; there is no global instance.
 * Saxon and the Schematron compiler are set up on first use, so that a run that needs neither
 * (RELAX NG validation, conversion alone) does not pay for them.
 */
public final class Toolkit {
    private final RelaxNgValidator relaxNg = new RelaxNgValidator();
    private final Once<StylesheetRegistry> stylesheets = new Once<>(() -> new StylesheetRegistry(TeikitSerializerFactory.install(new Processor(false))));
    private final Once<Renderer> renderer = new Once<>(() -> new Renderer(stylesheets.get()));
    private final Once<PdfRenderer> pdfRenderer = new Once<>(() -> new PdfRenderer(stylesheets.get()));
    private final Once<TextRenderer> textRenderer = new Once<>(() -> new TextRenderer(renderer.get()));
    private final Once<SchematronValidator> schematron =
            new Once<>(() -> new SchematronValidator(stylesheets.get().processor()));
    private final Once<MetsExporter> metsExporter = new Once<>(() -> new MetsExporter(renderer.get(), stylesheets.get()));
    private static final String VERSION = readVersion();
    private final Once<CmifExporter> cmifExporter = new Once<>(() -> new CmifExporter(stylesheets.get()));
    private final Once<DublinCoreExporter> dublinCoreExporter = new Once<>(() -> new DublinCoreExporter(stylesheets.get()));

    public PlainTextConverter converter(ConvertOptions options) {
        return new PlainTextConverter(options);
    }

    public TextRenderer textRenderer() {
        return textRenderer.get();
    }

    /** The publishing stylesheets; it also collects what they rendered generically over the run. */
    public Renderer renderer() {
        return renderer.get();
    }

    /** PDF through FOP; its FopFactory (fonts, configuration) is built once. */
    public PdfRenderer pdfRenderer() {
        return pdfRenderer.get();
    }

    /** TEI documents to one CMIF file (correspondence metadata for correspSearch and others). */
    public CmifExporter cmifExporter() {
        return cmifExporter.get();
    }

    /** A TEI document to an OAI-PMH Dublin Core record. */
    public DublinCoreExporter dublinCoreExporter() {
        return dublinCoreExporter.get();
    }

    public StylesheetRegistry stylesheets() {
        return stylesheets.get();
    }

    public RelaxNgValidator relaxNg() {
        return relaxNg;
    }

    public SchematronValidator schematron() {
        return schematron.get();
    }

    public TeiValidator validator(ValidationOptions options) {
        return new TeiValidator(relaxNg, schematron, options);
    }

    /** METS with MODS for TEI documents and their renderings; its stylesheet is compiled once. */
    public MetsExporter metsExporter() {
        return metsExporter.get();
    }

    /** BagIt bags of a build output or a folder of TEI, with the METS made by {@link #metsExporter()}. */
    public BagWriter bagWriter() {
        return new BagWriter(metsExporter());
    }

    public BagVerifier bagVerifier() {
        return new BagVerifier();
    }

    /** The version Maven wrote into {@code teikit-version.properties}, as outputs name the software. */
    public static String version() {
        return VERSION;
    }

    private static String readVersion() {
        Properties p = new Properties();
        try (InputStream in = Toolkit.class.getResourceAsStream("/teikit-version.properties")) {
            if (in != null) {
                p.load(in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p.getProperty("version", "(unknown version)");
    }

    /** A value made by the first caller that needs it and shared by all. */
    private static final class Once<T> implements Supplier<T> {
        private final Supplier<T> maker;
        private volatile T value;

        Once(Supplier<T> maker) {
            this.maker = maker;
        }

        @Override
        public T get() {
            T v = value;
            if (v == null) {
                synchronized (this) {
                    v = value;
                    if (v == null) {
                        v = maker.get();
                        value = v;
                    }
                }
            }
            return v;
        }
    }
}
