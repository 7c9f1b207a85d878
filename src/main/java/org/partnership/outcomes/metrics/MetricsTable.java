package org.partnership.outcomes.metrics;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.partnership.outcomes.csv.CsvOutput;

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

    /** Every metric of section 5, and those of programmes when the table holds any of them. */
    public List<Metric> metrics() {
        return Metric.of(hasProgrammes());
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
        try (CSVPrinter out = CsvOutput.print(file)) {
            out.printRecord((Object[]) HEADER.split(","));
            for (PeriodRow period : periods) {
                for (String theme : themes) {
                    for (Metric metric : metrics()) {
                        out.printRecord(period.label(), period.start(), period.end(), theme, metric.id(),
                                value(period.label(), theme, metric).map(MetricsTable::format).orElse(""));
                    }
                }
            }
        }
    }

    public static MetricsTable readCsv(Path file) throws IOException {
        MetricsTable table = new MetricsTable();
        Map<String, PeriodRow> periodRows = new LinkedHashMap<>();
        try (CSVParser in = CsvOutput.parse(file)) {
            Iterator<CSVRecord> records = in.iterator();
            if (!records.hasNext() || !records.next().toList().equals(List.of(HEADER.split(",")))) {
                throw new IOException(file + " is not a metrics.csv");
            }
            while (records.hasNext()) {
                CSVRecord f = records.next();
                PeriodRow period = periodRows.computeIfAbsent(f.get(0),
                        label -> new PeriodRow(label, LocalDate.parse(f.get(1)), LocalDate.parse(f.get(2))));
                Metric metric = Metric.byId(f.get(4)).orElseThrow(() -> new IOException("unknown metric " + f.get(4)));
                table.put(period, f.get(3), metric,
                        f.get(5).isEmpty() ? Optional.empty() : Optional.of(new BigDecimal(f.get(5))));
            }
        }
        return table;
    }

    /** Plain decimal notation, no exponent, no trailing zeros: {@code 0.25}, {@code 1500}. */
    public static String format(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return (stripped.scale() < 0 ? stripped.setScale(0) : stripped).toPlainString();
    }

    private static String key(String period, String theme, Metric metric) {
        return period + "\u0000" + theme + "\u0000" + metric.id();
    }
}
