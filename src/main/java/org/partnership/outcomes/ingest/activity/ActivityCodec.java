package org.partnership.outcomes.ingest.activity;

import java.io.IOException;
import java.util.Optional;
import org.partnership.outcomes.staging.RecordCodec;
import org.partnership.outcomes.staging.StagingInput;
import org.partnership.outcomes.staging.StagingOutput;

/** Staging of programme activities. */
public final class ActivityCodec implements RecordCodec<Activity> {

    @Override
    public void write(StagingOutput out, Activity a) throws IOException {
        out.writeText(a.activityId());
        out.writeText(a.type());
        out.writeText(a.title());
        out.writeText(a.fromInstitution());
        out.writeText(a.toInstitution());
        out.writeLong(a.fromPartners());
        out.writeLong(a.toPartners());
        out.writeText(a.personRef());
        out.writeLong(a.themes());
        out.writeDate(a.start());
        out.writeDate(a.end());
        out.writeLong(a.participants().orElse(0L)); // 0 is no count: a count is at least 1
        out.writeText(a.fundedByGrant());
        out.writeText(a.status());
    }

    @Override
    public Activity read(StagingInput in) throws IOException {
        String id = in.readText();
        String type = in.readText();
        String title = in.readText();
        Optional<String> from = in.readOptionalText();
        Optional<String> to = in.readOptionalText();
        long fromPartners = in.readLong();
        long toPartners = in.readLong();
        Optional<String> person = in.readOptionalText();
        long themes = in.readLong();
        var start = in.readDate();
        var end = in.readOptionalDate();
        long participants = in.readLong();
        return new Activity(id, type, title, from, to, fromPartners, toPartners, person, themes, start, end,
                participants == 0 ? Optional.empty() : Optional.of(participants), in.readOptionalText(),
                in.readText());
    }
}
