package org.partnership.outcomes.ingest.grant;

import java.io.IOException;
import org.partnership.outcomes.staging.RecordCodec;
import org.partnership.outcomes.staging.StagingInput;
import org.partnership.outcomes.staging.StagingOutput;

/** Staging of the grant register. Amounts are kept exact. */
public final class GrantCodec implements RecordCodec<Grant> {

    @Override
    public void write(StagingOutput out, Grant g) throws IOException {
        out.writeText(g.grantId());
        out.writeText(g.title());
        out.writeText(g.funder());
        out.writeText(g.scheme());
        out.writeText(g.fundingType());
        out.writeText(g.leadInstitution());
        out.writeText(g.partnerInstitutions());
        out.writeLong(g.themes());
        out.writeText(g.status());
        out.writeDate(g.decisionDate());
        out.writeDecimal(g.amount());
        out.writeText(g.currency());
        out.writeDecimal(g.baseValue());
        out.writeText(g.followOnFrom());
    }

    @Override
    public Grant read(StagingInput in) throws IOException {
        return new Grant(in.readText(), in.readText(), in.readText(), in.readOptionalText(), in.readText(),
                in.readOptionalText(), in.readOptionalText(), in.readLong(), in.readText(), in.readOptionalDate(),
                in.readOptionalDecimal(), in.readOptionalText(), in.readOptionalDecimal(), in.readOptionalText());
    }
}
