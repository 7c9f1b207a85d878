package org.partnership.outcomes.ingest.publication;

import java.io.IOException;
import java.util.Optional;
import org.partnership.outcomes.staging.RecordCodec;
import org.partnership.outcomes.staging.StagingInput;
import org.partnership.outcomes.staging.StagingOutput;

/**
 * Staging of publication rows, before duplicates are merged. Only what the rules and the report
 * need is kept: every byte here is written once per row of the largest source. The publication id
 * is not kept (no rule needs it), and the DOI is in the dedupe key ("doi:10.x/y").
 */
public final class PublicationCodec implements RecordCodec<Publication> {

    @Override
    public void write(StagingOutput out, Publication p) {
        out.writeText(p.dedupeKey());
        out.writeText(p.title());
        out.writeDate(p.date());
        out.writeText(p.type());
        out.writeText(p.sourceTitle());
        out.writeLong(p.partners());
        out.writeLong(p.themes());
        out.writeLong(p.citations());
        out.writeDecimal(p.fwci());
        out.writeText(p.openAccess());
    }

    @Override
    public Publication read(StagingInput in) throws IOException {
        String key = in.readText();
        return new Publication("", DedupeKey.doiOf(key), key, in.readText(), in.readDate(), in.readOptionalText(),
                in.readOptionalText(), in.readLong(), in.readLong(), in.readLong(), in.readOptionalDecimal(),
                in.readOptionalText());
    }
}
