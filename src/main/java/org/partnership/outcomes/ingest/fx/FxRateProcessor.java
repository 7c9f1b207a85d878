package org.partnership.outcomes.ingest.fx;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import org.partnership.outcomes.csv.FieldReader;
import org.partnership.outcomes.csv.RowRejected;
import org.partnership.outcomes.ingest.RowProcessor;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.jdbc.core.JdbcTemplate;

/** Validates {@code fx-rates.csv} rows: a known currency, a date, a rate above 0, no repeated (currency, date). */
public final class FxRateProcessor extends RowProcessor<FxRate> implements StepExecutionListener {

    private final JdbcTemplate jdbc;
    private final Set<String> seen = new HashSet<>();

    public FxRateProcessor(JdbcTemplate jdbc) {
        super("currency");
        this.jdbc = jdbc;
    }

    /** On a restart, rows committed before the crash are already in staging. */
    @Override
    public void beforeStep(StepExecution stepExecution) {
        seen.clear();
        long runId = stepExecution.getJobExecution().getJobInstance().getInstanceId();
        jdbc.query("SELECT currency, valid_from FROM po_fx_rate WHERE run_id = ?",
                rs -> {
                    seen.add(rs.getString(1) + "|" + rs.getObject(2, LocalDate.class));
                }, runId);
    }

    @Override
    protected FxRate parse(FieldReader fields) {
        String currency = CurrencyCode.parse("currency", fields.required("currency"));
        LocalDate date = fields.requiredDate("date");
        String rateText = fields.required("rate");
        BigDecimal rate = fields.decimal("rate").orElseThrow();
        if (rate.signum() <= 0) {
            throw new RowRejected("rate", rateText, "rate must be above 0");
        }
        if (!seen.add(currency + "|" + date)) {
            throw new RowRejected("date", date.toString(), "a rate for " + currency + " on this date appears earlier");
        }
        return new FxRate(currency, date, rate);
    }
}
