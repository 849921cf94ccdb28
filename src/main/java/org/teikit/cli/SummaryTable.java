package org.teikit.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

/** The table {@code teikit build} ends with: one row per step, what it did and found, and its time. */
final class SummaryTable {
    /** A count this step has no figure for is negative and printed as "–". */
    record Row(String step, int documents, int pages, int notes, int warnings, int errors, double seconds) {
    }

    private static final String[] HEADINGS = {"step", "documents", "pages", "notes", "warnings", "errors", "time"};
    private final List<Row> rows = new ArrayList<>();

    void add(Row row) {
        rows.add(row);
    }

    int errors() {
        return rows.stream().mapToInt(Row::errors).sum();
    }

    void print(PrintWriter out, double totalSeconds) {
        List<String[]> lines = new ArrayList<>();
        lines.add(HEADINGS);
        for (Row r : rows) {
            lines.add(new String[] {r.step(), count(r.documents()), count(r.pages()), count(r.notes()), count(r.warnings()),
                count(r.errors()), String.format(java.util.Locale.ROOT, "%.1f s", r.seconds())});
        }
        lines.add(new String[] {"total", "", "", "", count(rows.stream().mapToInt(Row::warnings).sum()), count(errors()),
            String.format(java.util.Locale.ROOT, "%.1f s", totalSeconds)});
        int[] widths = new int[HEADINGS.length];
        for (String[] line : lines) {
            for (int i = 0; i < line.length; i++) {
                widths[i] = Math.max(widths[i], line[i].length());
            }
        }
        for (String[] line : lines) {
            StringBuilder text = new StringBuilder(String.format("%-" + widths[0] + "s", line[0]));
            for (int i = 1; i < line.length; i++) {
                text.append("  ").append(String.format("%" + widths[i] + "s", line[i]));
            }
            out.println(text.toString().stripTrailing());
        }
    }

    private static String count(int n) {
        return n < 0 ? "–" : Integer.toString(n);
    }
}
