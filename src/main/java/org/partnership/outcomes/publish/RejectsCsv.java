package org.partnership.outcomes.publish;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.partnership.outcomes.report.ReportDetails;

/** Writes {@code rejects.csv}: {@code file,line,id,field,value,reason}, one row per rejected input row. */
public final class RejectsCsv {

    public static final String HEADER = "file,line,id,field,value,reason";

    private RejectsCsv() {
    }

    public static void write(ReportDetails details, Path file) throws IOException {
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write(HEADER + "\r\n");
            try {
                details.forEachReject(reject -> {
                    try {
                        out.write(SafeCsvText.field(reject.file()) + "," + reject.line() + ","
                                + SafeCsvText.field(SafeCsvText.neutralise(reject.id())) + ","
                                + SafeCsvText.field(reject.field()) + ","
                                + SafeCsvText.field(SafeCsvText.neutralise(reject.value())) + ","
                                + SafeCsvText.field(reject.reason()) + "\r\n");
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
            } catch (UncheckedIOException e) {
                throw e.getCause();
            }
        }
    }
}
