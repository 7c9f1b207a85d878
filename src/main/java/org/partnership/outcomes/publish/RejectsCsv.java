package org.partnership.outcomes.publish;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import org.apache.commons.csv.CSVPrinter;
import org.partnership.outcomes.csv.CsvOutput;
import org.partnership.outcomes.report.ReportDetails;

/** Writes {@code rejects.csv}: {@code file,line,id,field,value,reason}, one row per rejected input row. */
public final class RejectsCsv {

    public static final String HEADER = "file,line,id,field,value,reason";

    private RejectsCsv() {
    }

    public static void write(ReportDetails details, Path file) throws IOException {
        try (CSVPrinter out = CsvOutput.print(file)) {
            out.printRecord((Object[]) HEADER.split(","));
            try {
                details.forEachReject(reject -> {
                    try {
                        out.printRecord(reject.file(), reject.line(), SafeCsvText.neutralise(reject.id()),
                                reject.field(), SafeCsvText.neutralise(reject.value()), reject.reason());
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
