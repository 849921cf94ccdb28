package org.teikit.transform.pdf;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Makes the PDF FOP writes the same for the same input. FOP stamps two values with the wall-clock
 * time whatever the creation date it is given: the XMP {@code xmp:MetadataDate} and the file identifier
 * (the {@code /ID} of the trailer). teikit sets the metadata date to the creation date of the same
 * packet, and both halves of the identifier to the MD5 of everything else in the file, as the PDF
 * specification suggests. Every value keeps its length, so that no offset of the file moves.
 * Stateless.
 */
final class ReproduciblePdf {
    private static final byte[] ID = ascii("/ID");
    private static final byte[] METADATA_DATE = ascii("<xmp:MetadataDate>");
    private static final byte[] CREATE_DATE = ascii("<xmp:CreateDate>");
    private static final byte[] END = ascii("</");

    private ReproduciblePdf() {
    }

    /** The PDF with its time stamps replaced as described; values not found FOP's way are left alone. */
    static byte[] of(byte[] pdf) {
        byte[] patched = pdf.clone();
        copyCreateDate(patched);
        deriveFileId(patched);
        return patched;
    }

    private static void copyCreateDate(byte[] pdf) {
        int[] created = element(pdf, CREATE_DATE);
        int[] stamped = element(pdf, METADATA_DATE);
        if (created != null && stamped != null && created[1] - created[0] == stamped[1] - stamped[0]) {
            System.arraycopy(pdf, created[0], pdf, stamped[0], created[1] - created[0]);
        }
    }

    /** The content of the first element with that start tag: start inclusive, end exclusive. */
    private static int[] element(byte[] pdf, byte[] startTag) {
        int start = indexOf(pdf, startTag, 0);
        if (start < 0) {
            return null;
        }
        start += startTag.length;
        int end = indexOf(pdf, END, start);
        return end < 0 || end - start > 64 ? null : new int[] {start, end};
    }

    private static void deriveFileId(byte[] pdf) {
        int key = lastIndexOf(pdf, ID);
        if (key < 0) {
            return;
        }
        int[] first = hexString(pdf, key + ID.length);
        int[] second = first == null ? null : hexString(pdf, first[1] + 1);
        if (second == null || first[1] - first[0] != second[1] - second[0]) {
            return;
        }
        MessageDigest md5 = md5();
        md5.update(pdf, 0, first[0]);
        md5.update(pdf, second[1], pdf.length - second[1]);
        String hex = HexFormat.of().withUpperCase().formatHex(md5.digest());
        int length = first[1] - first[0];
        byte[] id = ascii(hex.repeat(length / hex.length() + 1).substring(0, length));
        System.arraycopy(id, 0, pdf, first[0], length);
        System.arraycopy(id, 0, pdf, second[0], length);
    }

    /** The digits of the next {@code <hex>} string from {@code from}: start inclusive, end exclusive. */
    private static int[] hexString(byte[] pdf, int from) {
        int i = from;
        while (i < pdf.length && pdf[i] != '<') {
            if (pdf[i] != ' ' && pdf[i] != '[' && pdf[i] != '\n' && pdf[i] != '\r') {
                return null;
            }
            i++;
        }
        int start = i + 1;
        int end = start;
        while (end < pdf.length && Character.digit(pdf[end], 16) >= 0) {
            end++;
        }
        return end < pdf.length && pdf[end] == '>' && end > start ? new int[] {start, end} : null;
    }

    private static MessageDigest md5() {
        try {
            return MessageDigest.getInstance("MD5");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK has no MD5", e);
        }
    }

    private static int indexOf(byte[] data, byte[] key, int from) {
        for (int i = from; i <= data.length - key.length; i++) {
            if (matches(data, key, i)) {
                return i;
            }
        }
        return -1;
    }

    private static int lastIndexOf(byte[] data, byte[] key) {
        for (int i = data.length - key.length; i >= 0; i--) {
            if (matches(data, key, i)) {
                return i;
            }
        }
        return -1;
    }

    private static boolean matches(byte[] data, byte[] key, int at) {
        for (int j = 0; j < key.length; j++) {
            if (data[at + j] != key[j]) {
                return false;
            }
        }
        return true;
    }

    private static byte[] ascii(String s) {
        return s.getBytes(StandardCharsets.US_ASCII);
    }
}
