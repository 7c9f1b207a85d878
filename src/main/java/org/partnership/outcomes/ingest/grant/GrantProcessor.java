package org.partnership.outcomes.ingest.grant;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import org.partnership.outcomes.config.PartnershipConfig;
import org.partnership.outcomes.csv.CsvRow;
import org.partnership.outcomes.csv.FieldReader;
import org.partnership.outcomes.csv.RowRejected;
import org.partnership.outcomes.ingest.UniqueIds;
import org.partnership.outcomes.ingest.Plausible;
import org.partnership.outcomes.ingest.RowProcessor;
import org.partnership.outcomes.ingest.InputFiles;
import org.partnership.outcomes.ingest.Source;
import org.partnership.outcomes.ingest.StagingArea;
import org.partnership.outcomes.ingest.ThemeColumn;
import org.partnership.outcomes.ingest.fx.CurrencyCode;
import org.partnership.outcomes.ingest.fx.ExchangeRates;
import org.partnership.outcomes.matching.ThemeClassifier;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;

/**
 * Validates a grant row and converts an award to the base currency. A grant id that appears
 * again rejects every later row, whether or not its first row was accepted.
 */
public final class GrantProcessor extends RowProcessor<Grant> implements StepExecutionListener {

    static final Set<String> FUNDING_TYPES = Set.of(Grant.SEED, Grant.EXTERNAL);
    static final Set<String> STATUSES = Set.of("submitted", Grant.AWARDED, Grant.DECLINED, "withdrawn");

    private final PartnershipConfig config;
    private final StagingArea staging;
    private final InputFiles files;
    private final ThemeClassifier classifier;
    private final UniqueIds<Grant> ids = new UniqueIds<>(Source.GRANTS, "grant_id", "grant id", new GrantCodec(),
            Grant::grantId);
    private final Plausible plausible;
    private ExchangeRates rates;

    public GrantProcessor(PartnershipConfig config, StagingArea staging, InputFiles files, LocalDate asOf) {
        super("grant_id");
        this.plausible = new Plausible(asOf);
        this.config = config;
        this.staging = staging;
        this.files = files;
        this.classifier = new ThemeClassifier(config.themes());
    }

    /** Loads the run's exchange rates, and on a restart the grant ids of the rows committed before. */
    @Override
    public void beforeStep(StepExecution stepExecution) {
        long runId = stepExecution.getJobExecution().getJobInstance().getInstanceId();
        rates = ExchangeRates.load(staging, files, runId, config.baseCurrency());
        ids.reload(staging, files, stepExecution);
    }

    @Override
    protected void claimId(CsvRow row) {
        ids.claim(row);
    }

    @Override
    protected Grant parse(FieldReader fields) {
        String id = fields.required("grant_id");
        String title = fields.required("title");
        String funder = fields.required("funder");
        String fundingType = fields.requiredChoice("funding_type", FUNDING_TYPES);
        String status = fields.requiredChoice("status", STATUSES);
        long themes = ThemeColumn.explicitThemes(config, fields)
                .orElseGet(() -> classifier.classify(title, java.util.List.of()));
        Optional<LocalDate> decision = fields.optionalDate("decision_date")
                .map(date -> plausible.date("decision_date", date));
        boolean decided = status.equals(Grant.AWARDED) || status.equals(Grant.DECLINED);
        if (decided && decision.isEmpty()) {
            throw new RowRejected("decision_date", "", "status " + status + " needs a decision date");
        }
        Optional<BigDecimal> amount = fields.decimal("amount")
                .map(value -> Plausible.atMost("amount", value, Plausible.MAX_AMOUNT, "amount"));
        Optional<String> currency = fields.optional("currency").map(c -> CurrencyCode.parse("currency", c));
        Optional<BigDecimal> baseValue = Optional.empty();
        if (status.equals(Grant.AWARDED)) {
            BigDecimal awarded = amount.orElseThrow(() -> new RowRejected("amount", "", "an awarded grant needs its amount"));
            String code = currency.orElseThrow(() -> new RowRejected("currency", "", "an awarded grant needs its currency"));
            baseValue = Optional.of(rates.toBase(awarded, code, decision.get()).orElseThrow(() -> new RowRejected(
                    "currency", code, "no " + code + " exchange rate on or before " + decision.get())));
        }
        Optional<String> followOn = fields.optional("follow_on_from");
        return new Grant(id, title, funder, fields.optional("scheme"), fundingType,
                fields.optional("lead_institution"), fields.optional("partner_institutions"), themes, status,
                decision, amount, currency, baseValue, followOn);
    }
}
