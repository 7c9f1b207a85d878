package org.partnership.outcomes.ingest.publication;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import org.partnership.outcomes.period.DatePrecision;
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
    public void write(StagingOutput out, Publication p) throws IOException {
        out.writeText(p.dedupeKey());
        out.writeText(p.title());
        out.writeDate(p.date());
        out.writeByte(p.precision().code());
        out.writeText(p.type());
        out.writeText(p.sourceTitle());
        out.writeLong(p.partners());
        out.writeLong(p.themes());
        out.writeLong(p.citations());
        out.writeDecimal(p.fwci());
        out.writeText(p.openAccess());
    }

    /** Types and open-access statuses, each kept once: the rows of a million hold only these few values. */
    private static final Map<String, String> VOCABULARY = new HashMap<>();

    static {
        PublicationProcessor.TYPES.forEach(type -> VOCABULARY.put(type, type));
        PublicationProcessor.OPEN_ACCESS.forEach(status -> VOCABULARY.put(status, status));
    }

    /** Venues read by this codec, each kept once. */
    private final Map<String, String> venues = new HashMap<>();

    @Override
    public Publication read(StagingInput in) throws IOException {
        String key = in.readText();
        return new Publication("", DedupeKey.doiOf(key), key, in.readText(), in.readDate(),
                DatePrecision.ofCode(in.readByte()), in.readOptionalText().map(type -> VOCABULARY.getOrDefault(type, type)),
                in.readOptionalText().map(venue -> venues.computeIfAbsent(venue, v -> v)), in.readLong(), in.readLong(),
                in.readLong(), in.readOptionalDecimal(),
                in.readOptionalText().map(status -> VOCABULARY.getOrDefault(status, status)));
    }
}
