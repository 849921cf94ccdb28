package org.teikit;

import net.sf.saxon.s9api.Processor;
import org.teikit.convert.ConvertOptions;
import org.teikit.convert.PlainTextConverter;
import org.teikit.transform.StylesheetRegistry;
import org.teikit.transform.TextRenderer;
import org.teikit.validate.RelaxNgValidator;

/**
 * One toolkit instance owns the compiled artefacts of a run (schemas, stylesheets) and shares them
 * across documents and threads. Thread-safe. Create one per run; there is no global instance.
 */
public final class Toolkit {
    private final StylesheetRegistry stylesheets = new StylesheetRegistry(new Processor(false));
    private final RelaxNgValidator relaxNg = new RelaxNgValidator();
    private final TextRenderer textRenderer = new TextRenderer(stylesheets);

    public PlainTextConverter converter(ConvertOptions options) {
        return new PlainTextConverter(options);
    }

    public TextRenderer textRenderer() {
        return textRenderer;
    }

    public RelaxNgValidator relaxNg() {
        return relaxNg;
    }
}
