package org.partnership.outcomes.ingest.fx;

import java.io.IOException;
import org.partnership.outcomes.staging.RecordCodec;
import org.partnership.outcomes.staging.StagingInput;
import org.partnership.outcomes.staging.StagingOutput;

/** Staging of exchange rates. */
public final class FxRateCodec implements RecordCodec<FxRate> {

    @Override
    public void write(StagingOutput out, FxRate rate) throws IOException {
        out.writeText(rate.currency());
        out.writeDate(rate.validFrom());
        out.writeDecimal(rate.rate());
    }

    @Override
    public FxRate read(StagingInput in) throws IOException {
        return new FxRate(in.readText(), in.readDate(), in.readDecimal());
    }
}
