package org.teikit.transform;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import nu.xom.Document;
import org.teikit.convert.ConversionProfile.MarkerFormat;

/**
 * Renders TEI as plain text in the form of FRUS web text ({@code xslt/text/tei-to-text.xsl}), for the
 * converter's round trip. Thread-safe.
 */
public final class TextRenderer {
    private final Renderer renderer;

    public TextRenderer(Renderer renderer) {
        this.renderer = renderer;
    }

    /** Renders with FRUS markers ({@code [Page 12]}, bare note numbers). */
    public String render(Document tei) {
        return render(tei, new MarkerFormat("", ""), new MarkerFormat("[Page ", "]"));
    }

    /** Renders with the given marker conventions, e.g. those of a conversion profile. */
    public String render(Document tei, MarkerFormat note, MarkerFormat page) {
        Map<String, String> parameters = Map.of("note-marker-before", note.before(), "note-marker-after", note.after(),
                "page-marker-before", page.before(), "page-marker-after", page.after());
        byte[] text = renderer.render(renderer.fromXom(tei), OutputFormat.TEXT, parameters, null);
        return new String(text, StandardCharsets.UTF_8);
    }
}
