package org.partnership.outcomes.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * Loads the chart, workbook and slide libraries (fonts, Java2D, POI) on a background thread while Spring
 * starts, so that a small run does not wait for them after its data is ready. Nothing it makes is
 * kept; a failure here only means no head start.
 */
public final class ReportWarmUp {

    private ReportWarmUp() {
    }

    public static void start() {
        Thread thread = new Thread(ReportWarmUp::warmUp, "report-warm-up");
        thread.setDaemon(true);
        thread.setPriority(Thread.MIN_PRIORITY);
        thread.start();
    }

    private static void warmUp() {
        try {
            DefaultCategoryDataset data = new DefaultCategoryDataset();
            data.addValue(1, "warm-up", "warm-up");
            JFreeChart chart = ChartFactory.createBarChart("warm-up", "", "", data);
            ChartRenderer.style(chart, "warm-up");
            ChartUtils.writeChartAsPNG(new ByteArrayOutputStream(), chart, 160, 90);
            try (SXSSFWorkbook workbook = new SXSSFWorkbook()) {
                workbook.createSheet("warm-up").createRow(0).createCell(0).setCellValue("warm-up");
                workbook.write(new ByteArrayOutputStream());
            }
            try (XMLSlideShow deck = new XMLSlideShow()) {
                deck.createSlide().createTextBox().setText("warm-up");
                deck.write(new ByteArrayOutputStream());
            }
        } catch (IOException | RuntimeException | Error noHeadStart) {
            // the report step loads what it needs itself
        }
    }
}
