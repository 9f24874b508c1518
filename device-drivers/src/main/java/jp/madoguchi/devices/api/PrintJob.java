package jp.madoguchi.devices.api;

import java.util.Objects;

/**
 * A finished PDF to print. The title names the document kind (e.g. "application-summary"),
 * never the resident: it ends up in print queues and file names.
 */
public record PrintJob(String title, byte[] pdf) {
    public PrintJob {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(pdf, "pdf");
        if (!title.matches("[a-z0-9-]{1,64}")) {
            throw new IllegalArgumentException("print job titles are short kebab-case document kinds");
        }
    }

    @Override
    public String toString() {
        return "PrintJob[" + title + ", " + pdf.length + " bytes]";
    }
}
