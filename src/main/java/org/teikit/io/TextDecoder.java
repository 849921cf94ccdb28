package org.teikit.io;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;

/**
 * Turns the bytes of a text file into a string strictly: a byte order mark is dropped, CRLF and CR
 * become LF, the text is put in Unicode NFC, and bytes that are not text in the chosen encoding (or
 * binary data, recognised by NUL bytes) are refused with the file name, byte offset, line and column.
 * Stateless and thread-safe.
 */
public final class TextDecoder {
    private final Charset charset;

    public TextDecoder(Charset charset) {
        this.charset = charset;
    }

    public static TextDecoder utf8() {
        return new TextDecoder(StandardCharsets.UTF_8);
    }

    public String decode(byte[] bytes, String fileName) throws InputDecodingException {
        int start = hasUtf8Bom(bytes) && charset.equals(StandardCharsets.UTF_8) ? 3 : 0;
        refuseBinary(bytes, start, fileName);
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
        CharBuffer out = CharBuffer.allocate((int) Math.min(Integer.MAX_VALUE - 8L,
                (long) (bytes.length * (double) decoder.maxCharsPerByte()) + 16));
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            int offset = in.position();
            int[] at = lineAndColumn(bytes, start, offset);
            throw new InputDecodingException(String.format(
                    "%s is not valid %s text: byte 0x%02X at byte offset %d (line %d, column %d);"
                    + " use --encoding to name the file's encoding", fileName, charset.name(), bytes[offset] & 0xff,
                    offset, at[0], at[1]), offset, at[0], at[1]);
        }
        decoder.flush(out);
        out.flip();
        return normalise(out.toString());
    }

    private static boolean hasUtf8Bom(byte[] b) {
        return b.length >= 3 && (b[0] & 0xff) == 0xEF && (b[1] & 0xff) == 0xBB && (b[2] & 0xff) == 0xBF;
    }

    private void refuseBinary(byte[] bytes, int start, String fileName) throws InputDecodingException {
        if (!charset.equals(StandardCharsets.UTF_8) && !charset.name().startsWith("ISO-8859")
                && !charset.name().startsWith("windows-")) {
            return; // in UTF-16 and friends a zero byte is ordinary
        }
        for (int i = start; i < bytes.length; i++) {
            if (bytes[i] == 0) {
                int[] at = lineAndColumn(bytes, start, i);
                throw new InputDecodingException(String.format(
                        "%s holds binary data, not text: NUL byte at byte offset %d (line %d, column %d)", fileName, i,
                        at[0], at[1]), i, at[0], at[1]);
            }
        }
    }

    /** Line and column of a byte offset; the column counts the characters before it on its line. */
    private int[] lineAndColumn(byte[] bytes, int start, int offset) {
        int line = 1;
        int lineStart = start;
        for (int i = start; i < offset; i++) {
            if (bytes[i] == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        String before;
        try {
            before = charset.newDecoder().decode(ByteBuffer.wrap(bytes, lineStart, offset - lineStart)).toString();
        } catch (CharacterCodingException e) {
            before = " ".repeat(offset - lineStart);
        }
        return new int[] {line, before.length() + 1};
    }

    static String normalise(String text) {
        String lf = text.indexOf('\r') < 0 ? text : text.replace("\r\n", "\n").replace('\r', '\n');
        return Normalizer.isNormalized(lf, Normalizer.Form.NFC) ? lf : Normalizer.normalize(lf, Normalizer.Form.NFC);
    }
}
