package org.partnership.outcomes.ingest.phd;

import java.io.IOException;
import org.partnership.outcomes.staging.RecordCodec;
import org.partnership.outcomes.staging.StagingInput;
import org.partnership.outcomes.staging.StagingOutput;

/** Staging of PhD students. */
public final class PhdCodec implements RecordCodec<PhdStudent> {

    @Override
    public void write(StagingOutput out, PhdStudent s) throws IOException {
        out.writeText(s.studentRef());
        out.writeText(s.programme());
        out.writeText(s.homeInstitution());
        out.writeText(s.partnerInstitution());
        out.writeLong(s.themes());
        out.writeDate(s.start());
        out.writeDate(s.submission());
        out.writeDate(s.award());
        out.writeDate(s.withdrawal());
        out.writeText(s.status());
        out.writeDecimal(s.fte());
        out.writeText(s.destination());
    }

    @Override
    public PhdStudent read(StagingInput in) throws IOException {
        return new PhdStudent(in.readText(), in.readOptionalText(), in.readOptionalText(), in.readOptionalText(),
                in.readLong(), in.readDate(), in.readOptionalDate(), in.readOptionalDate(), in.readOptionalDate(),
                in.readText(), in.readDecimal(), in.readOptionalText());
    }
}
