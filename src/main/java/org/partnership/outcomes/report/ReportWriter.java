package org.partnership.outcomes.report;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.partnership.outcomes.brief.BriefComposer;
import org.partnership.outcomes.brief.QuarterInBrief;

/**
 * Writes the leadership report into a folder: {@code charts/*.png},
 * {@code quarter-in-brief.md} and {@code partnership-report-<quarter>.xlsx}, whose Summary sheet
 * opens with the same brief and embeds the same PNG bytes.
 * The workbook is streamed (SXSSF), so detail sheets of a million rows need no more memory than
 * a few; the caller writes into a temporary folder and publishes it when complete.
 */
public final class ReportWriter {

    /** Rows per sheet in Excel; a detail table that needs more continues on a second sheet. */
    static final int EXCEL_MAX_ROWS = 1_048_576;

    /** Rows kept in memory per sheet before SXSSF flushes them to its temporary file. */
    private static final int ROW_WINDOW = 200;

    private final int maxRowsPerSheet;

    /** {@code maxRowsPerSheet} is the row limit of a sheet: tests use a tiny one. */
    ReportWriter(int maxRowsPerSheet) {
        this.maxRowsPerSheet = maxRowsPerSheet;
    }

    /**
     * Writes the charts, {@code quarter-in-brief.md} and the workbook of {@code data} into
     * {@code folder}, which exists; returns the brief and the charts for the rest of the pack.
     */
    public static Written write(ReportData data, Path folder) {
        return write(data, folder, written -> { });
    }

    /**
     * As {@link #write(ReportData, Path)}, and hands the brief and the charts, once drawn, to
     * {@code beside}, which runs on another core while this thread writes the workbook.
     */
    public static Written write(ReportData data, Path folder, BesideWorkbook beside) {
        return new ReportWriter(EXCEL_MAX_ROWS).writeInto(data, folder, beside);
    }

    /** What the deck, the web page and the mail show beside the workbook. */
    public record Written(QuarterInBrief brief, List<ChartImage> charts) {
    }

    /**
     * The rest of a pack, written while the workbook is: it must not touch the workbook, whose
     * POI objects are for one thread.
     */
    @FunctionalInterface
    public interface BesideWorkbook {
        void write(Written written) throws IOException;
    }

    /** The quarter in brief of {@code data}: from its metrics table and its row counts. */
    public static QuarterInBrief brief(ReportData data) {
        return BriefComposer.compose(data.config(), data.periods(), data.metrics(),
                new BriefComposer.RowCounts(data.dataQuality().rowsRead(), data.dataQuality().rejected()));
    }

    /** The workbook's file name: {@code partnership-report-FY2026-27-Q2.xlsx}. */
    public static String workbookFileName(ReportData data) {
        return "partnership-report-" + data.quarterSlug() + ".xlsx";
    }

    Written writeInto(ReportData data, Path folder) {
        return writeInto(data, folder, written -> { });
    }

    Written writeInto(ReportData data, Path folder, BesideWorkbook beside) {
        if (System.getProperty("java.awt.headless") == null) {
            System.setProperty("java.awt.headless", "true"); // servers have no display; charts need none
        }
        try {
            // the charts are drawn into PNG bytes, written out and handed on, on another core while
            // the sheets are written: that touches no workbook, which only this thread does
            CompletableFuture<List<ChartImage>> charts =
                    CompletableFuture.supplyAsync(() -> new ReportCharts(data).render());
            QuarterInBrief brief = brief(data);
            brief.writeMarkdown(folder.resolve(QuarterInBrief.FILE_NAME));
            CompletableFuture<Void> rest = charts.thenAcceptAsync(images -> {
                try {
                    writeCharts(images, folder);
                    beside.write(new Written(brief, images));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            try {
                writeWorkbook(data, brief, charts, folder.resolve(workbookFileName(data)));
            } finally {
                awaitQuietly(rest); // nothing goes on writing into the folder after this step
            }
            join(rest);
            return new Written(brief, join(charts));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the report into " + folder + ": " + e.getMessage(), e);
        }
    }

    private static void writeCharts(List<ChartImage> charts, Path folder) throws IOException {
        Path chartFolder = Files.createDirectories(folder.resolve("charts"));
        for (ChartImage chart : charts) {
            Files.write(chartFolder.resolve(chart.fileName()), chart.png());
        }
    }

    private void writeWorkbook(ReportData data, QuarterInBrief brief, CompletableFuture<List<ChartImage>> charts,
            Path file)
            throws IOException {
        // one thread writes the workbook, as POI expects; close() deletes SXSSF's temporary files,
        // also when writing fails
        try (ReportWorkbook workbook = new ReportWorkbook(ROW_WINDOW)) {
            CellWriter cells = new CellWriter(new CellStyles(workbook, data.config().baseCurrency()),
                    workbook.sharedTexts());
            SummarySheet.ChartPlace chartPlace = SummarySheet.write(workbook, cells, data, brief);
            ThemesSheet.write(workbook, cells, data);
            TrendsSheet.write(workbook, cells, data);
            // the detail rows are read from the staging files and decoded on another thread
            ReportData rows = new ReportData(data.config(), data.periods(), data.metrics(), data.dataQuality(),
                    new ReadAhead(data.details()));
            PublicationsSheet.write(workbook, cells, rows, maxRowsPerSheet);
            GrantsSheet.write(workbook, cells, rows, maxRowsPerSheet);
            PhdsSheet.write(workbook, cells, rows, maxRowsPerSheet);
            if (data.metrics().hasProgrammes()) {
                ProgrammesSheet.write(workbook, cells, rows, maxRowsPerSheet);
            }
            DataQualitySheet.write(workbook, cells, rows, maxRowsPerSheet);
            DefinitionsSheet.write(workbook, cells, data);
            chartPlace.add(join(charts));
            workbook.setActiveSheet(0);
            try (OutputStream out = Files.newOutputStream(file)) {
                workbook.write(out);
            }
        }
    }

    /** The task's result; its own failure, not a wrapper, when it failed. */
    private static <T> T join(CompletableFuture<T> task) {
        try {
            return task.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw e;
        }
    }

    private static void awaitQuietly(CompletableFuture<?> task) {
        try {
            task.join();
        } catch (CompletionException | CancellationException failed) {
            // reported by the caller's own join
        }
    }
}
