package org.partnership.outcomes.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Paint;
import java.awt.Rectangle;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.labels.ItemLabelAnchor;
import org.jfree.chart.labels.ItemLabelPosition;
import org.jfree.chart.labels.StandardCategoryItemLabelGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StackedBarRenderer;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.DefaultCategoryDataset;
import org.partnership.outcomes.config.PartnershipConfig;

/**
 * A bar chart with one group of bars per theme, each bar in its theme's colour: solid for the
 * figure in focus, pale for what it is compared with (or, stacked, for the second part of a whole),
 * and for a third series a shade between the two. The legend therefore explains the shades in
 * grey rather than naming colours.
 */
final class ThemeBarChart {

    /** How much a series' bars fade towards white: solid, between, pale. */
    enum Shade {
        SOLID(0, "solid bars"), MEDIUM(0.35, "medium bars"), PALE(0.6, "pale bars");

        final double fade;
        final String legend;

        Shade(double fade, String legend) {
            this.fade = fade;
            this.legend = legend;
        }
    }

    /** One series of bars; {@code value} gives its figure for a theme id. */
    record Series(String label, Shade shade, Function<String, Optional<BigDecimal>> value) {
    }

    /** A category: compared by id, shown by name (two themes may share a name). */
    record ThemeKey(String id, String name) implements Comparable<ThemeKey> {
        @Override
        public int compareTo(ThemeKey other) {
            return id.compareTo(other.id);
        }

        @Override
        public String toString() {
            return name;
        }
    }

    private final PartnershipConfig config;
    private final ThemeColours colours;
    private final List<Series> series = new ArrayList<>();
    private String title = "";
    private String subtitle;
    private String axisLabel = "";
    private NumberFormat format = NumberFormat.getIntegerInstance();
    private boolean wholeNumbers = true;
    private boolean stacked;

    ThemeBarChart(PartnershipConfig config, ThemeColours colours) {
        this.config = config;
        this.colours = colours;
    }

    ThemeBarChart title(String title, String subtitle) {
        this.title = title;
        this.subtitle = subtitle;
        return this;
    }

    ThemeBarChart valueAxis(String label, NumberFormat format, boolean wholeNumbers) {
        this.axisLabel = label;
        this.format = format;
        this.wholeNumbers = wholeNumbers;
        return this;
    }

    ThemeBarChart series(String label, boolean pale, Function<String, Optional<BigDecimal>> value) {
        return series(label, pale ? Shade.PALE : Shade.SOLID, value);
    }

    ThemeBarChart series(String label, Shade shade, Function<String, Optional<BigDecimal>> value) {
        series.add(new Series(label, shade, value));
        return this;
    }

    /** Stacks the series into one bar per theme, for parts that add up to a whole. */
    ThemeBarChart stacked() {
        this.stacked = true;
        return this;
    }

    JFreeChart build(List<String> themeIds) {
        DefaultCategoryDataset dataset = new DefaultCategoryDataset();
        for (Series s : series) {
            for (String id : themeIds) {
                dataset.addValue(s.value().apply(id).orElse(null), s.label(), new ThemeKey(id, config.themeName(id)));
            }
        }
        BarRenderer renderer = stacked ? new StackedBarRenderer() {
            @Override
            public Paint getItemPaint(int row, int column) {
                return paint(dataset, row, column);
            }

            @Override
            public Paint getItemOutlinePaint(int row, int column) {
                return outline(dataset, column);
            }
        } : new BarRenderer() {
            @Override
            public Paint getItemPaint(int row, int column) {
                return paint(dataset, row, column);
            }

            @Override
            public Paint getItemOutlinePaint(int row, int column) {
                return outline(dataset, column);
            }
        };
        NumberAxis valueAxis = new NumberAxis(axisLabel);
        CategoryPlot plot = new CategoryPlot(dataset, new CategoryAxis(null), valueAxis, renderer);
        plot.setFixedLegendItems(legend());
        plot.setNoDataMessage("No data for this period");
        JFreeChart chart = new JFreeChart(title, plot);
        ChartRenderer.style(chart, subtitle);
        if (wholeNumbers) {
            valueAxis.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        }
        valueAxis.setNumberFormatOverride(format);
        valueAxis.setUpperMargin(0.12);
        renderer.setDrawBarOutline(true);
        renderer.setDefaultOutlineStroke(new BasicStroke(1.5f));
        renderer.setItemMargin(0.04);
        renderer.setMaximumBarWidth(0.06);
        if (!stacked) { // values on top of the bars; on stacked bars they would collide
            renderer.setDefaultItemLabelGenerator(new StandardCategoryItemLabelGenerator("{2}", format));
            renderer.setDefaultItemLabelsVisible(true);
            renderer.setDefaultItemLabelFont(ChartRenderer.font(Font.PLAIN, 17));
            renderer.setDefaultPositiveItemLabelPosition(
                    new ItemLabelPosition(ItemLabelAnchor.OUTSIDE12, TextAnchor.BOTTOM_CENTER));
        }
        return chart;
    }

    private Paint paint(DefaultCategoryDataset dataset, int row, int column) {
        String id = ((ThemeKey) dataset.getColumnKey(column)).id();
        return ThemeColours.blend(colours.solid(id), Color.WHITE, series.get(row).shade().fade);
    }

    private Paint outline(DefaultCategoryDataset dataset, int column) {
        return colours.solid(((ThemeKey) dataset.getColumnKey(column)).id());
    }

    private LegendItemCollection legend() {
        LegendItemCollection items = new LegendItemCollection();
        for (Series s : series) {
            Color fill = s.shade() == Shade.PALE ? new Color(0xCFCFCF)
                    : ThemeColours.blend(ChartRenderer.MUTED, Color.WHITE, s.shade().fade);
            LegendItem item = new LegendItem(s.label() + " (" + s.shade().legend + ")", null, null,
                    null, new Rectangle(-9, -9, 18, 18), fill, new BasicStroke(1.5f), ChartRenderer.MUTED);
            items.add(item);
        }
        return items;
    }
}
