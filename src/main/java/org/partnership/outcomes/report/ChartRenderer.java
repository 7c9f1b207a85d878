package org.partnership.outcomes.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.imageio.ImageIO;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.StandardChartTheme;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.CategoryLabelPosition;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.axis.CategoryLabelWidthType;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.text.TextBlockAnchor;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;

/**
 * The look shared by every chart and its rendering to PNG. Charts are drawn at slide size with a
 * font that every Linux server has, so the images are the same wherever the job runs, and with
 * flat bars: gradients and shadows only make bars harder to compare.
 */
final class ChartRenderer {

    static final int WIDTH = 1600;
    static final int HEIGHT = 900;
    static final String FONT_FAMILY = "DejaVu Sans";
    static final Color TEXT = new Color(0x222222);
    static final Color MUTED = new Color(0x555555);

    private ChartRenderer() {
    }

    static Font font(int style, int size) {
        return new Font(FONT_FAMILY, style, size);
    }

    /** Applies the report's look; call after the plot is complete, then adjust what is chart-specific. */
    static void style(JFreeChart chart, String subtitle) {
        StandardChartTheme theme = new StandardChartTheme("Partnership report");
        theme.setExtraLargeFont(font(Font.BOLD, 34));
        theme.setLargeFont(font(Font.PLAIN, 22));
        theme.setRegularFont(font(Font.PLAIN, 20));
        theme.setSmallFont(font(Font.PLAIN, 17));
        theme.setBarPainter(new StandardBarPainter());
        theme.setShadowVisible(false);
        theme.setChartBackgroundPaint(Color.WHITE);
        theme.setPlotBackgroundPaint(Color.WHITE);
        theme.setLegendBackgroundPaint(Color.WHITE);
        theme.setRangeGridlinePaint(new Color(0xD0D0D0));
        theme.setDomainGridlinePaint(new Color(0xD0D0D0));
        theme.setPlotOutlinePaint(Color.WHITE);
        theme.setTitlePaint(TEXT);
        theme.setSubtitlePaint(MUTED);
        theme.setAxisLabelPaint(TEXT);
        theme.setTickLabelPaint(TEXT);
        theme.setLegendItemPaint(TEXT);
        theme.setItemLabelPaint(TEXT);
        if (subtitle != null) {
            chart.addSubtitle(new TextTitle(subtitle));
        }
        theme.apply(chart);
        chart.setPadding(new RectangleInsets(16, 24, 16, 24));
        chart.getRenderingHints().put(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        chart.setAntiAlias(true);
        if (chart.getLegend() != null) {
            chart.getLegend().setItemLabelPadding(new RectangleInsets(2, 6, 2, 36));
            chart.getLegend().setFrame(BlockBorder.NONE);
        }
        if (chart.getPlot() instanceof CategoryPlot plot) {
            plot.setRangeGridlineStroke(new BasicStroke(1f));
            plot.setAxisOffset(RectangleInsets.ZERO_INSETS);
            CategoryAxis axis = plot.getDomainAxis();
            axis.setMaximumCategoryLabelLines(3); // long theme names wrap instead of running together
            axis.setLowerMargin(0.02);
            axis.setUpperMargin(0.02);
            axis.setCategoryMargin(0.15);
            // a label may use the gap beside its bars, so that a long word is not broken
            axis.setCategoryLabelPositions(new CategoryLabelPositions(
                    CategoryLabelPositions.STANDARD.getLabelPosition(RectangleEdge.TOP),
                    new CategoryLabelPosition(RectangleAnchor.TOP, TextBlockAnchor.TOP_CENTER,
                            CategoryLabelWidthType.CATEGORY, 1.15f),
                    CategoryLabelPositions.STANDARD.getLabelPosition(RectangleEdge.LEFT),
                    CategoryLabelPositions.STANDARD.getLabelPosition(RectangleEdge.RIGHT)));
            for (int i = 0; i < plot.getRangeAxisCount(); i++) {
                if (plot.getRangeAxis(i) != null) { // room around tick labels keeps the grid sparse
                    plot.getRangeAxis(i).setTickLabelInsets(new RectangleInsets(10, 6, 10, 6));
                }
            }
            for (int i = 0; i < plot.getRendererCount(); i++) {
                if (plot.getRenderer(i) instanceof BarRenderer bars) {
                    bars.setBarPainter(new StandardBarPainter());
                    bars.setShadowVisible(false);
                }
            }
        }
    }

    static byte[] png(JFreeChart chart) {
        BufferedImage image = chart.createBufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB, null);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", bytes);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot encode a chart as PNG", e);
        }
        return bytes.toByteArray();
    }
}
