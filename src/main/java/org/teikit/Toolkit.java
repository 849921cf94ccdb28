package org.teikit;

import net.sf.saxon.s9api.Processor;
import org.teikit.convert.ConvertOptions;
import org.teikit.convert.PlainTextConverter;
import org.teikit.transform.StylesheetRegistry;
import org.teikit.transform.TextRenderer;
import org.teikit.validate.RelaxNgValidator;
import org.teikit.validate.SchematronValidator;
import org.teikit.validate.TeiValidator;
import org.teikit.validate.ValidationOptions;

/**
 * One toolkit instance owns the compiled artefacts of a run (schemas, stylesheets) and shares them
 * across documents and threads. Thread-safe. Create one per run; there is no global instance.
 */
public final class Toolkit {
    private final StylesheetRegistry stylesheets = new StylesheetRegistry(new Processor(false));
    private final RelaxNgValidator relaxNg = new RelaxNgValidator();
    private final TextRenderer textRenderer = new TextRenderer(stylesheets);
    private volatile SchematronValidator schematron;

    public PlainTextConverter converter(ConvertOptions options) {
        return new PlainTextConverter(options);
    }

    public TextRenderer textRenderer() {
        return textRenderer;
    }

    public RelaxNgValidator relaxNg() {
        return relaxNg;
    }

    /** Made on first use: compiling the Schematron transpiler is work that conversion alone does not need. */
    public SchematronValidator schematron() {
        SchematronValidator s = schematron;
        if (s == null) {
            synchronized (this) {
                s = schematron;
                if (s == null) {
                    s = new SchematronValidator(stylesheets.processor());
                    schematron = s;
                }
            }
        }
        return s;
    }

    public TeiValidator validator(ValidationOptions options) {
        return new TeiValidator(relaxNg, schematron(), stylesheets.processor(), options);
    }
}
