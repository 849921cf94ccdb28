package org.teikit.validate.report;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import java.io.IOException;
import java.io.Writer;

/** Pretty-printed JSON for the JSON and SARIF reports, the same characters on every platform. */
final class JsonOutput {
    private static final JsonFactory FACTORY = JsonFactory.builder().disable(StreamWriteFeature.AUTO_CLOSE_TARGET).build();
    // Jackson's default indenter ends lines with the platform's line separator; reports use \n everywhere.
    private static final DefaultIndenter INDENTER = new DefaultIndenter("  ", "\n");
    private static final DefaultPrettyPrinter PRETTY = new DefaultPrettyPrinter(Separators.createDefaultInstance()
            .withObjectFieldValueSpacing(Separators.Spacing.AFTER).withObjectEmptySeparator("").withArrayEmptySeparator(""))
            .withObjectIndenter(INDENTER).withArrayIndenter(INDENTER);

    private JsonOutput() {
    }

    /** A generator on {@code out}; closing it flushes but leaves {@code out} open. */
    static JsonGenerator open(Writer out) throws IOException {
        JsonGenerator json = FACTORY.createGenerator(out);
        // the pretty printer keeps the nesting depth, so each generator needs its own
        json.setPrettyPrinter(PRETTY.createInstance());
        return json;
    }

    /** Writes the field only when there is a value: absent means unknown, never {@code null}. */
    static void optionalField(JsonGenerator json, String name, String value) throws IOException {
        if (value != null) {
            json.writeStringField(name, value);
        }
    }
}
