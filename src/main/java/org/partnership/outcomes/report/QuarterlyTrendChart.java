package org.partnership.outcomes.report;

import java.awt.BasicStroke;
import java.awt.Font;
import java.awt.Rectangle;
import java.awt.geom.Ellipse2D;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.labels.ItemLabelAnchor;
import org.jfree.chart.labels.ItemLabelPosition;
import org.jfree.chart.labels.StandardCategoryItemLabelGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.DatasetRenderingOrder;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.LineAndShapeRenderer;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * A count per quarter as bars (left axis) with a share per quarter as a line (right axis), for all
 * themes together: the partnership's trend at a glance.
 */
final class QuarterlyTrendChart {

    /** More quarters than this and the labels are turned to stay readable. */
    private static final int LEVEL_LABELS = 12;

    private QuarterlyTrendChart() {
    }

    static JFreeChart build(String title, String subtitle, List<String> quarters,
            String barLabel, Function<String, Optional<BigDecimal>> bars,
            String lineLabel, Function<String, Optional<BigDecimal>> line) {
        DefaultCategoryDataset barData = new DefaultCategoryDataset();
        DefaultCategoryDataset lineData = new DefaultCategoryDataset();
        for (String quarter : quarters) {
            String key = twoLines(quarter);
            barData.addValue(bars.apply(quarter).orElse(null), barLabel, key);
            lineData.addValue(line.apply(quarter).orElse(null), lineLabel, key);
        }
        NumberAxis countAxis = new NumberAxis(barLabel);
        NumberAxis shareAxis = new NumberAxis(lineLabel);
        BarRenderer barRenderer = new BarRenderer();
        LineAndShapeRenderer lineRenderer = new LineAndShapeRenderer(true, true);
        CategoryPlot plot = new CategoryPlot(barData, new CategoryAxis(null), countAxis, barRenderer);
        plot.setDataset(1, lineData);
        plot.setRangeAxis(1, shareAxis);
        plot.mapDatasetToRangeAxis(1, 1);
        plot.setRenderer(1, lineRenderer);
        plot.setDatasetRenderingOrder(DatasetRenderingOrder.FORWARD);
        plot.setNoDataMessage("No data");
        LegendItemCollection legend = new LegendItemCollection();
        legend.add(new LegendItem(barLabel + " (bars, left axis)", null, null, null,
                new Rectangle(-9, -9, 18, 18), ThemeColours.ALL));
        legend.add(new LegendItem(lineLabel + " (line, right axis)", null, null, null,
                new Ellipse2D.Double(-7, -7, 14, 14), ThemeColours.ACCENT));
        plot.setFixedLegendItems(legend);
        JFreeChart chart = new JFreeChart(title, plot);
        ChartRenderer.style(chart, subtitle);

        countAxis.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        countAxis.setUpperMargin(0.15);
        NumberFormat percent = NumberFormat.getPercentInstance(Locale.UK);
        shareAxis.setNumberFormatOverride(percent);
        shareAxis.setRange(0, 1.0);
        shareAxis.setTickUnit(new NumberTickUnit(0.1, percent));
        barRenderer.setSeriesPaint(0, ThemeColours.ALL);
        barRenderer.setMaximumBarWidth(0.06);
        barRenderer.setDefaultItemLabelGenerator(
                new StandardCategoryItemLabelGenerator("{2}", NumberFormat.getIntegerInstance(Locale.UK)));
        barRenderer.setDefaultItemLabelsVisible(quarters.size() <= 2 * LEVEL_LABELS);
        barRenderer.setDefaultItemLabelFont(ChartRenderer.font(Font.PLAIN, 17));
        barRenderer.setDefaultPositiveItemLabelPosition(
                new ItemLabelPosition(ItemLabelAnchor.OUTSIDE12, TextAnchor.BOTTOM_CENTER));
        lineRenderer.setSeriesPaint(0, ThemeColours.ACCENT);
        lineRenderer.setSeriesStroke(0, new BasicStroke(4f));
        lineRenderer.setSeriesShape(0, new Ellipse2D.Double(-7, -7, 14, 14));
        CategoryAxis quarterAxis = plot.getDomainAxis();
        quarterAxis.setTickLabelFont(ChartRenderer.font(Font.PLAIN, 18));
        quarterAxis.setCategoryLabelPositions(quarters.size() > LEVEL_LABELS
                ? CategoryLabelPositions.UP_45 : CategoryLabelPositions.STANDARD);
        return chart;
    }

    /** "FY2026-27\nQ2": broken where a reader would break it, not at the hyphen. */
    static String twoLines(String quarterLabel) {
        int space = quarterLabel.lastIndexOf(' ');
        return space < 0 ? quarterLabel : quarterLabel.substring(0, space) + "\n" + quarterLabel.substring(space + 1);
    }
}
