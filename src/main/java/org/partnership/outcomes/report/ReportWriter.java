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
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Writes the leadership report into a folder: {@code charts/*.png} and
 * {@code partnership-report-<quarter>.xlsx}, whose Summary sheet embeds the same PNG bytes.
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

    /** Writes the charts and the workbook of {@code data} into {@code folder}, which exists. */
    public static void write(ReportData data, Path folder) {
        new ReportWriter(EXCEL_MAX_ROWS).writeInto(data, folder);
    }

    /** The workbook's file name: {@code partnership-report-FY2026-27-Q2.xlsx}. */
    public static String workbookFileName(ReportData data) {
        return "partnership-report-" + data.quarterSlug() + ".xlsx";
    }

    void writeInto(ReportData data, Path folder) {
        if (System.getProperty("java.awt.headless") == null) {
            System.setProperty("java.awt.headless", "true"); // servers have no display; charts need none
        }
        try {
            List<ChartImage> charts = new ReportCharts(data).render();
            Path chartFolder = Files.createDirectories(folder.resolve("charts"));
            for (ChartImage chart : charts) {
                Files.write(chartFolder.resolve(chart.fileName()), chart.png());
            }
            writeWorkbook(data, charts, folder.resolve(workbookFileName(data)));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the report into " + folder + ": " + e.getMessage(), e);
        }
    }

    private void writeWorkbook(ReportData data, List<ChartImage> charts, Path file) throws IOException {
        // close() deletes SXSSF's temporary files (in POI 5.5 it calls the deprecated dispose()),
        // also when writing fails
        try (SXSSFWorkbook workbook = new FastStreamingWorkbook(ROW_WINDOW)) {
            CellWriter cells = new CellWriter(new CellStyles(workbook, data.config().baseCurrency()));
            SummarySheet.write(workbook, cells, data, charts);
            ThemesSheet.write(workbook, cells, data);
            TrendsSheet.write(workbook, cells, data);
            // the joint publications, by far the largest sheet, are written on another core meanwhile
            CompletableFuture<Void> publications = CompletableFuture.runAsync(
                    PublicationsSheet.start(workbook, cells, data, maxRowsPerSheet));
            try {
                GrantsSheet.write(workbook, cells, data, maxRowsPerSheet);
                PhdsSheet.write(workbook, cells, data, maxRowsPerSheet);
                DataQualitySheet.write(workbook, cells, data, maxRowsPerSheet);
                DefinitionsSheet.write(workbook, cells, data);
            } finally {
                awaitQuietly(publications); // never close the workbook under the other thread
            }
            publications.join();
            workbook.setActiveSheet(0);
            try (OutputStream out = Files.newOutputStream(file)) {
                workbook.write(out);
            }
        }
    }

    private static void awaitQuietly(CompletableFuture<Void> task) {
        try {
            task.join();
        } catch (CompletionException | CancellationException failed) {
            // reported by the caller's own join
        }
    }
}
