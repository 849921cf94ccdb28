package org.teikit.transform.pdf;

import java.io.IOException;
import java.net.URI;
import java.util.BitSet;
import java.util.List;
import org.apache.fop.apps.io.InternalResourceResolver;
import org.apache.fop.apps.io.ResourceResolverFactory;
import org.apache.fop.fonts.CMapSegment;
import org.apache.fop.fonts.CustomFont;
import org.apache.fop.fonts.EmbeddingMode;
import org.apache.fop.fonts.EncodingMode;
import org.apache.fop.fonts.FontLoader;
import org.apache.fop.fonts.FontUris;

/**
 * The characters the configured fonts have, read from their character maps by FOP's own font loader,
 * so that teikit and FOP agree on what a font has. FOP warns of at most eight missing characters per
 * font and document; teikit finds the others with this. Immutable, thread-safe.
 */
final class FontCoverage {
    private final BitSet covered;

    private FontCoverage(BitSet covered) {
        this.covered = covered;
    }

    static FontCoverage load(List<URI> fonts, ClasspathResourceResolver resolver) {
        InternalResourceResolver internal = ResourceResolverFactory.createInternalResourceResolver(
                ClasspathResourceResolver.base(), resolver);
        BitSet covered = new BitSet();
        for (URI uri : fonts) {
            try {
                CustomFont font = FontLoader.loadFont(new FontUris(uri, null), null, true, EmbeddingMode.SUBSET,
                        EncodingMode.AUTO, false, false, internal, false, false, false);
                for (CMapSegment segment : font.getCMap()) {
                    covered.set(segment.getUnicodeStart(), segment.getUnicodeEnd() + 1);
                }
            } catch (IOException e) {
                throw new IllegalStateException("the font " + uri + " cannot be read: " + e.getMessage(), e);
            }
        }
        return new FontCoverage(covered);
    }

    /**
     * Whether some font has the character. Characters that need no glyph (controls, format
     * characters such as the soft hyphen or zero-width joiner, line and paragraph separators) count as
     * covered.
     */
    boolean has(int codePoint) {
        int type = Character.getType(codePoint);
        return covered.get(codePoint) || type == Character.CONTROL || type == Character.FORMAT
                || type == Character.LINE_SEPARATOR || type == Character.PARAGRAPH_SEPARATOR
                || Character.isWhitespace(codePoint);
    }
}
