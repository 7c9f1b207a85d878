package org.partnership.outcomes.ingest;

import java.io.IOException;
import java.util.function.Consumer;
import org.partnership.outcomes.staging.RecordCodec;
import org.partnership.outcomes.staging.StagingFile;
import org.partnership.outcomes.staging.StagingInput;
import org.partnership.outcomes.staging.StagingOutput;

/** The rejects of a run, staged per input file until the report is written. */
public final class RejectStore {

    static final RecordCodec<Reject> CODEC = new RecordCodec<>() {
        @Override
        public void write(StagingOutput out, Reject r) throws IOException {
            out.writeText(r.file());
            out.writeInt(r.fileIndex());
            out.writeLong(r.line());
            out.writeText(r.id());
            out.writeText(r.field());
            out.writeText(r.value());
            out.writeText(r.reason());
        }

        @Override
        public Reject read(StagingInput in) throws IOException {
            return new Reject(in.readText(), in.readInt(), in.readLong(), in.readText(), in.readText(), in.readText(),
                    in.readText());
        }
    };

    private RejectStore() {
    }

    /** Every reject of the run, in file and line order. */
    public static void forEach(StagingArea area, long runId, InputFiles files, Consumer<Reject> action) {
        for (InputFile file : files.files()) {
            StagingFile.forEach(area.rejects(runId, file), CODEC, staged -> action.accept(staged.record()));
        }
    }
}
