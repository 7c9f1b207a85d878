package org.partnership.outcomes.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MetricsTableTest {

    @TempDir
    Path tmp;

    private static final MetricsTable.PeriodRow Q1 = new MetricsTable.PeriodRow("FY2026-27 Q1",
            LocalDate.of(2026, 4, 1), LocalDate.of(2026, 6, 30));

    @Test
    void writesOneLineAMetricEndingInLf() throws IOException {
        MetricsTable table = new MetricsTable();
        table.put(Q1, "all", Metric.values()[0], Optional.of(new BigDecimal("2.50")));
        Path file = tmp.resolve("metrics.csv");
        table.writeCsv(file);

        String[] lines = Files.readString(file, StandardCharsets.UTF_8).split("\n", -1);
        assertThat(lines).hasSize(2 + Metric.of(false).size()); // no programme metric put: none written
        assertThat(lines[0]).isEqualTo("period,period_start,period_end,theme,metric,value");
        assertThat(lines[1]).isEqualTo("FY2026-27 Q1,2026-04-01,2026-06-30,all," + Metric.values()[0].id() + ",2.5");
        assertThat(lines[2]).isEqualTo("FY2026-27 Q1,2026-04-01,2026-06-30,all," + Metric.values()[1].id() + ",");
        assertThat(lines[lines.length - 1]).isEmpty();
    }

    @Test
    void readsBackWhatItWroteEvenWhereAValueIsQuoted() throws IOException {
        MetricsTable table = new MetricsTable();
        String theme = "cancer, \"rare\" and\nother";
        table.put(Q1, theme, Metric.values()[0], Optional.of(new BigDecimal("7")));
        Path file = tmp.resolve("metrics.csv");
        table.writeCsv(file);

        MetricsTable read = MetricsTable.readCsv(file);
        assertThat(read.themes()).containsExactly(theme);
        assertThat(read.periods()).containsExactly(Q1);
        assertThat(read.value("FY2026-27 Q1", theme, Metric.values()[0])).contains(new BigDecimal("7"));
        assertThat(read.value("FY2026-27 Q1", theme, Metric.values()[1])).isEmpty();
    }
}
