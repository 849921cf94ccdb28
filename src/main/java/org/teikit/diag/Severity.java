package org.teikit.diag;

/** How serious a finding is; the order is from least to most severe. */
public enum Severity {
    INFO, WARNING, ERROR;

    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
