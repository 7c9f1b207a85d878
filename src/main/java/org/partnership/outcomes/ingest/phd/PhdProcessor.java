package org.partnership.outcomes.ingest.phd;

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
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;

/**
 * Validates a PhD student row: each status needs its date, no date precedes the start, and a
 * student ref that appears again rejects every later row. Students have no title, so their
 * themes come from the {@code themes} column alone.
 */
public final class PhdProcessor extends RowProcessor<PhdStudent> implements StepExecutionListener {

    static final Set<String> PROGRAMMES = Set.of("joint-phd", "cotutelle", "split-site");
    static final Set<String> STATUSES = Set.of("active", "submitted", PhdStudent.AWARDED, PhdStudent.WITHDRAWN);
    static final Set<String> DESTINATIONS = Set.of("academia", "industry", "clinical", "government", "other");

    private final PartnershipConfig config;
    private final StagingArea staging;
    private final InputFiles files;
    private final UniqueIds<PhdStudent> ids = new UniqueIds<>(Source.PHDS, "student_ref", "student ref",
            new PhdCodec(), PhdStudent::studentRef);

    private final Plausible plausible;

    public PhdProcessor(PartnershipConfig config, StagingArea staging, InputFiles files, LocalDate asOf) {
        super("student_ref");
        this.plausible = new Plausible(asOf);
        this.config = config;
        this.staging = staging;
        this.files = files;
    }

    @Override
    public void beforeStep(StepExecution stepExecution) {
        ids.reload(staging, files, stepExecution);
    }

    @Override
    protected void claimId(CsvRow row) {
        ids.claim(row);
    }

    @Override
    protected PhdStudent parse(FieldReader fields) {
        String ref = fields.required("student_ref");
        LocalDate start = plausible.date("start_date", fields.requiredDate("start_date"));
        String status = fields.requiredChoice("status", STATUSES);
        Optional<String> programme = fields.choice("programme", PROGRAMMES);
        long themes = ThemeColumn.explicitThemes(config, fields).orElse(0L);
        Optional<LocalDate> submission = notBeforeStart(fields, "submission_date", start);
        Optional<LocalDate> award = notBeforeStart(fields, "award_date", start);
        Optional<LocalDate> withdrawal = notBeforeStart(fields, "withdrawal_date", start);
        requireFor(status, "submitted", submission, "submission_date");
        requireFor(status, PhdStudent.AWARDED, award, "award_date");
        requireFor(status, PhdStudent.WITHDRAWN, withdrawal, "withdrawal_date");
        BigDecimal fte = fields.decimal("fte").orElse(BigDecimal.ONE);
        if (fte.signum() <= 0 || fte.compareTo(BigDecimal.ONE) > 0) {
            throw new RowRejected("fte", fields.optional("fte").orElse(""), "fte must be above 0 and at most 1");
        }
        Optional<String> destination = fields.choice("destination", DESTINATIONS);
        return new PhdStudent(ref, programme, fields.optional("home_institution"),
                fields.optional("partner_institution"), themes, start, submission, award, withdrawal, status, fte,
                destination);
    }

    private Optional<LocalDate> notBeforeStart(FieldReader fields, String column, LocalDate start) {
        Optional<LocalDate> date = fields.optionalDate(column).map(value -> plausible.date(column, value));
        if (date.isPresent() && date.get().isBefore(start)) {
            throw new RowRejected(column, date.get().toString(), column.replace('_', ' ') + " before start date " + start);
        }
        return date;
    }

    private static void requireFor(String status, String wanted, Optional<LocalDate> date, String column) {
        if (status.equals(wanted) && date.isEmpty()) {
            throw new RowRejected(column, "", "status " + status + " needs a " + column.replace('_', ' '));
        }
    }
}
