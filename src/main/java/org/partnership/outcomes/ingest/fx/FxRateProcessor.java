package org.partnership.outcomes.ingest.fx;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import org.partnership.outcomes.csv.FieldReader;
import org.partnership.outcomes.csv.RowRejected;
import org.partnership.outcomes.ingest.Plausible;
import org.partnership.outcomes.ingest.RowProcessor;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;
import org.partnership.outcomes.ingest.InputFiles;
import org.partnership.outcomes.ingest.Source;
import org.partnership.outcomes.ingest.StagingArea;
import org.partnership.outcomes.ingest.StagingWriter;

/** Validates {@code fx-rates.csv} rows: a known currency, a date, a rate above 0, no repeated (currency, date). */
public final class FxRateProcessor extends RowProcessor<FxRate> implements StepExecutionListener {

    private final StagingArea staging;
    private final InputFiles files;
    private final Set<String> seen = new HashSet<>();

    private final Plausible plausible;

    public FxRateProcessor(StagingArea staging, InputFiles files, LocalDate asOf) {
        super("currency");
        this.plausible = new Plausible(asOf);
        this.staging = staging;
        this.files = files;
    }

    /** On a restart, rows committed before the crash are already in staging. */
    @Override
    public void beforeStep(StepExecution stepExecution) {
        seen.clear();
        long runId = stepExecution.getJobExecution().getJobInstance().getInstanceId();
        StagingWriter.forEachCommitted(staging, runId, files.of(Source.FX_RATES), new FxRateCodec(),
                stepExecution.getExecutionContext(), staged -> seen.add(key(staged.record().currency(),
                        staged.record().validFrom())));
    }

    @Override
    protected FxRate parse(FieldReader fields) {
        String currency = CurrencyCode.parse("currency", fields.required("currency"));
        LocalDate date = plausible.date("date", fields.requiredDate("date"));
        String rateText = fields.required("rate");
        BigDecimal rate = fields.decimal("rate").orElseThrow();
        if (rate.signum() <= 0) {
            throw new RowRejected("rate", rateText, "rate must be above 0");
        }
        if (rate.compareTo(Plausible.MIN_RATE) < 0) {
            throw new RowRejected("rate", rateText, "rate below " + Plausible.MIN_RATE.toPlainString());
        }
        Plausible.atMost("rate", rate, Plausible.MAX_RATE, "rate");
        if (!seen.add(key(currency, date))) {
            throw new RowRejected("date", date.toString(), "a rate for " + currency + " on this date appears earlier");
        }
        return new FxRate(currency, date, rate);
    }

    private static String key(String currency, LocalDate date) {
        return currency + "|" + date;
    }
}
