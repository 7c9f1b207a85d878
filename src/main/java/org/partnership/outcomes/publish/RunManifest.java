package org.partnership.outcomes.publish;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.stream.Collectors;
import org.partnership.outcomes.report.DataQuality;
import org.partnership.outcomes.report.FileQuality;
import org.partnership.outcomes.report.PublicationSource;

/**
 * {@code run.json}: what a report was made from and how — as-of date, report quarter, every input
 * file with its SHA-256 and row counts, the application version and the step timings.
 */
public record RunManifest(String version, LocalDate asOf, String reportQuarter, LocalDate periodStart,
        LocalDate periodEnd, boolean toDate, long runId, long jobExecutionId, String inputFingerprint,
        DataQuality quality, LocalDateTime startedAt, List<StepTiming> steps) {

    /** How long one step took, summed over restarts. */
    public record StepTiming(String step, String status, Duration duration) {
    }

    public static String applicationVersion() {
        String version = RunManifest.class.getPackage().getImplementationVersion();
        return version == null ? "development" : version;
    }

    public void write(Path file) throws IOException {
        StringBuilder json = new StringBuilder("{\n");
        field(json, 1, "application", quote("partnership-outcomes")).append(",\n");
        field(json, 1, "version", quote(version)).append(",\n");
        field(json, 1, "as_of", quote(asOf.toString())).append(",\n");
        field(json, 1, "report_quarter", quote(reportQuarter)).append(",\n");
        field(json, 1, "report_period_start", quote(periodStart.toString())).append(",\n");
        field(json, 1, "report_period_end", quote(periodEnd.toString())).append(",\n");
        field(json, 1, "to_date", Boolean.toString(toDate)).append(",\n");
        field(json, 1, "run_id", Long.toString(runId)).append(",\n");
        field(json, 1, "job_execution_id", Long.toString(jobExecutionId)).append(",\n");
        field(json, 1, "input_fingerprint_sha256", quote(inputFingerprint)).append(",\n");
        field(json, 1, "started_at", quote(startedAt.toString())).append(",\n");
        field(json, 1, "rows_read", Long.toString(quality.rowsRead())).append(",\n");
        field(json, 1, "rows_accepted", Long.toString(quality.accepted())).append(",\n");
        field(json, 1, "rows_rejected", Long.toString(quality.rejected())).append(",\n");
        field(json, 1, "publication_duplicates_merged", Long.toString(quality.duplicatesMerged())).append(",\n");
        field(json, 1, "publication_dates_too_coarse_for_a_quarter", Long.toString(quality.datesTooCoarse()))
                .append(",\n");
        json.append("  \"publication_sources\": [\n");
        for (int i = 0; i < quality.publicationSources().size(); i++) {
            PublicationSource s = quality.publicationSources().get(i);
            json.append("    {\"file\": ").append(quote(s.file()))
                    .append(", \"kind\": ").append(quote(s.kind()))
                    .append(", \"publications_contributed\": ").append(s.contributed())
                    .append(", \"publications_enriched\": ").append(s.enriched())
                    .append(", \"publications_alone\": ").append(s.alone())
                    .append(", \"dates_too_coarse_for_a_quarter\": ").append(s.datesTooCoarse()).append('}')
                    .append(i + 1 < quality.publicationSources().size() ? ",\n" : "\n");
        }
        json.append("  ],\n");
        json.append("  \"files\": [\n");
        for (int i = 0; i < quality.files().size(); i++) {
            FileQuality f = quality.files().get(i);
            json.append("    {");
            json.append("\"file\": ").append(quote(f.file()));
            json.append(", \"sha256\": ").append(quote(f.sha256()));
            json.append(", \"rows_read\": ").append(f.rowsRead());
            json.append(", \"rows_accepted\": ").append(f.accepted());
            json.append(", \"rows_rejected\": ").append(f.rejected());
            json.append(", \"rows_after_as_of\": ").append(f.rowsAfterAsOf());
            json.append(", \"ignored_personal_data_columns\": [")
                    .append(f.personalDataColumns().stream().map(RunManifest::quote).collect(Collectors.joining(", ")))
                    .append("]}");
            json.append(i + 1 < quality.files().size() ? ",\n" : "\n");
        }
        json.append("  ],\n  \"timings\": [\n");
        for (int i = 0; i < steps.size(); i++) {
            StepTiming s = steps.get(i);
            json.append("    {\"step\": ").append(quote(s.step())).append(", \"status\": ").append(quote(s.status()))
                    .append(", \"seconds\": ").append(String.format("%.3f", s.duration().toMillis() / 1000.0)).append('}')
                    .append(i + 1 < steps.size() ? ",\n" : "\n");
        }
        json.append("  ]\n}\n");
        Files.writeString(file, json, StandardCharsets.UTF_8);
    }

    private static StringBuilder field(StringBuilder json, int depth, String name, String value) {
        return json.append("  ".repeat(depth)).append(quote(name)).append(": ").append(value);
    }

    /** A JSON string literal; also used where run.json is updated after publishing. */
    public static String quote(String text) {
        StringBuilder quoted = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> quoted.append("\\\"");
                case '\\' -> quoted.append("\\\\");
                case '\n' -> quoted.append("\\n");
                case '\r' -> quoted.append("\\r");
                case '\t' -> quoted.append("\\t");
                default -> {
                    if (c < 0x20) {
                        quoted.append(String.format("\\u%04x", (int) c));
                    } else {
                        quoted.append(c);
                    }
                }
            }
        }
        return quoted.append('"').toString();
    }
}
