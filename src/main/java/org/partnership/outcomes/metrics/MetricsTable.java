package org.partnership.outcomes.metrics;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Every metric for every period and theme: what {@code metrics.csv} holds, and what the workbook
 * reads back from it so that both always show the same figures.
 */
public final class MetricsTable {

    public static final String HEADER = "period,period_start,period_end,theme,metric,value";

    /** A period as the table knows it. */
    public record PeriodRow(String label, LocalDate start, LocalDate end) {
    }

    private final List<PeriodRow> periods = new ArrayList<>();
    private final List<String> themes = new ArrayList<>();
    /** The metrics the table holds, in report order: a run without activities has no programme metrics. */
    private final Set<Metric> metrics = EnumSet.noneOf(Metric.class);
    private final Map<String, Optional<BigDecimal>> values = new HashMap<>();

    public void put(PeriodRow period, String theme, Metric metric, Optional<BigDecimal> value) {
        if (!periods.contains(period)) {
            periods.add(period);
        }
        if (!themes.contains(theme)) {
            themes.add(theme);
        }
        metrics.add(metric);
        values.put(key(period.label(), theme, metric), value);
    }

    public List<PeriodRow> periods() {
        return List.copyOf(periods);
    }

    public List<String> themes() {
        return List.copyOf(themes);
    }

    public List<Metric> metrics() {
        return List.copyOf(metrics);
    }

    /** True when the run read programme activities, whose metrics the table then holds. */
    public boolean hasProgrammes() {
        return metrics.stream().anyMatch(Metric::isProgramme);
    }

    public Optional<PeriodRow> period(String label) {
        return periods.stream().filter(p -> p.label().equals(label)).findFirst();
    }

    /** The value, empty when undefined (a ratio over 0) or when the period is not in the table. */
    public Optional<BigDecimal> value(String period, String theme, Metric metric) {
        return values.getOrDefault(key(period, theme, metric), Optional.empty());
    }

    /** Writes the table in period, theme and metric order: the same table gives the same bytes. */
    public void writeCsv(Path file) throws IOException {
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write(HEADER + "\n");
            for (PeriodRow period : periods) {
                for (String theme : themes) {
                    for (Metric metric : metrics) {
                        out.write(csvField(period.label()) + "," + period.start() + "," + period.end() + ","
                                + csvField(theme) + "," + metric.id() + ","
                                + value(period.label(), theme, metric).map(MetricsTable::format).orElse("") + "\n");
                    }
                }
            }
        }
    }

    public static MetricsTable readCsv(Path file) throws IOException {
        MetricsTable table = new MetricsTable();
        Map<String, PeriodRow> periodRows = new LinkedHashMap<>();
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line = in.readLine();
            if (!HEADER.equals(line)) {
                throw new IOException(file + " is not a metrics.csv");
            }
            while ((line = in.readLine()) != null) {
                String[] f = line.split(",", -1);
                PeriodRow period = periodRows.computeIfAbsent(f[0],
                        label -> new PeriodRow(label, LocalDate.parse(f[1]), LocalDate.parse(f[2])));
                Metric metric = Metric.byId(f[4]).orElseThrow(() -> new IOException("unknown metric " + f[4]));
                table.put(period, f[3], metric, f[5].isEmpty() ? Optional.empty() : Optional.of(new BigDecimal(f[5])));
            }
        }
        return table;
    }

    /** Plain decimal notation, no exponent, no trailing zeros: {@code 0.25}, {@code 1500}. */
    public static String format(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return (stripped.scale() < 0 ? stripped.setScale(0) : stripped).toPlainString();
    }

    private static String csvField(String text) {
        return text.contains(",") || text.contains("\"") ? "\"" + text.replace("\"", "\"\"") + "\"" : text;
    }

    private static String key(String period, String theme, Metric metric) {
        return period + "\u0000" + theme + "\u0000" + metric.id();
    }
}
