package org.partnership.outcomes.ingest;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.partnership.outcomes.InputProblem;
import org.partnership.outcomes.config.PartnershipConfig;
import org.partnership.outcomes.report.DataQuality;
import org.partnership.outcomes.report.FileQuality;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The account of every input row: rows read (counted by the readers and saved with each chunk)
 * against rows accepted and rejected (counted in staging). The two must agree for every file.
 */
public final class IngestAccount {

    private static final Map<Source, String> TABLES = Map.of(Source.FX_RATES, "po_fx_rate",
            Source.PUBLICATIONS, "po_publication", Source.GRANTS, "po_grant", Source.PHDS, "po_phd");
    /** The column by which each source's rows are dated for the as-of rule. */
    private static final Map<Source, String> DATE_COLUMNS = Map.of(Source.PUBLICATIONS, "pub_date",
            Source.GRANTS, "decision_date", Source.PHDS, "start_date");

    private IngestAccount() {
    }

    /**
     * The account of the run's input; {@code duplicatesMerged} is known only once publications
     * are merged (the metrics step), and 0 before.
     */
    public static DataQuality of(JdbcTemplate jdbc, JobRepository repository, JobInstance instance,
            InputFiles files, Map<String, String> sha256, LocalDate asOf, long duplicatesMerged) {
        long runId = instance.getInstanceId();
        Map<String, Long> rowsRead = new HashMap<>();
        Map<String, List<String>> personalData = new HashMap<>();
        for (Source source : Source.values()) {
            StepExecution step = repository.getLastStepExecution(instance, IngestSteps.stepName(source));
            ExecutionContext context = step == null ? new ExecutionContext() : step.getExecutionContext();
            for (Map.Entry<String, Object> entry : context.entrySet()) {
                if (entry.getKey().startsWith(CsvSourceReader.ROWS_READ)) {
                    rowsRead.put(entry.getKey().substring(CsvSourceReader.ROWS_READ.length()),
                            ((Number) entry.getValue()).longValue());
                } else if (entry.getKey().startsWith(CsvSourceReader.PERSONAL_DATA)) {
                    String columns = (String) entry.getValue();
                    personalData.put(entry.getKey().substring(CsvSourceReader.PERSONAL_DATA.length()),
                            columns.isEmpty() ? List.of() : Arrays.asList(columns.split(",")));
                }
            }
        }
        Map<Integer, Long> accepted = new HashMap<>();
        Map<Integer, Long> afterAsOf = new HashMap<>();
        for (Source source : Source.values()) {
            String dated = DATE_COLUMNS.containsKey(source)
                    ? "SUM(CASE WHEN " + DATE_COLUMNS.get(source) + " > ? THEN 1 ELSE 0 END)" : "0";
            String sql = "SELECT file_idx, COUNT(*), " + dated + " FROM " + TABLES.get(source)
                    + " WHERE run_id = ? GROUP BY file_idx";
            Object[] args = DATE_COLUMNS.containsKey(source) ? new Object[] {asOf, runId} : new Object[] {runId};
            jdbc.query(sql, rs -> {
                accepted.put(rs.getInt(1), rs.getLong(2));
                afterAsOf.put(rs.getInt(1), rs.getLong(3));
            }, args);
        }
        Map<Integer, Map<String, Long>> reasons = new HashMap<>();
        jdbc.query("SELECT file_idx, reason, MIN(line), COUNT(*) FROM po_reject WHERE run_id = ?"
                + " GROUP BY file_idx, reason ORDER BY file_idx, MIN(line)", rs -> {
                    reasons.computeIfAbsent(rs.getInt(1), f -> new LinkedHashMap<>()).put(rs.getString(2), rs.getLong(4));
                }, runId);
        List<FileQuality> quality = new ArrayList<>();
        for (InputFile file : files.files()) {
            Map<String, Long> byReason = reasons.getOrDefault(file.index(), Map.of());
            long rejected = byReason.values().stream().mapToLong(Long::longValue).sum();
            quality.add(new FileQuality(file.name(), file.source().location(), sha256.getOrDefault(file.name(), ""),
                    rowsRead.getOrDefault(file.name(), 0L), accepted.getOrDefault(file.index(), 0L), rejected, byReason,
                    afterAsOf.getOrDefault(file.index(), 0L), personalData.getOrDefault(file.name(), List.of())));
        }
        return new DataQuality(quality, duplicatesMerged);
    }

    /**
     * Fails the run when a file's rows do not add up, or when a file has more than
     * {@code reject-allowance} rejects and its rejected share exceeds {@code max-reject-rate}.
     */
    public static void check(DataQuality quality, PartnershipConfig config) {
        for (FileQuality file : quality.files()) {
            if (file.rowsRead() != file.accepted() + file.rejected()) {
                throw new IllegalStateException(file.file() + ": " + file.rowsRead() + " rows read but "
                        + file.accepted() + " accepted and " + file.rejected() + " rejected");
            }
            boolean overAllowance = file.rejected() > config.rejectAllowance();
            boolean overRate = file.rowsRead() > 0 && java.math.BigDecimal.valueOf(file.rejected())
                    .compareTo(config.maxRejectRate().multiply(java.math.BigDecimal.valueOf(file.rowsRead()))) > 0;
            if (overAllowance && overRate) {
                throw new InputProblem(InputProblem.Kind.REJECT_LIMIT, file.file(), java.util.OptionalLong.empty(),
                        file.rejected() + " of " + file.rowsRead() + " rows rejected, over the limit (more than "
                                + config.rejectAllowance() + " rows and more than "
                                + config.maxRejectRate().movePointRight(2).stripTrailingZeros().toPlainString()
                                + "%)");
            }
        }
    }
}
