package org.partnership.outcomes.report;

/**
 * A rendered chart: the PNG saved under {@code charts/} and embedded in the Summary sheet, the
 * deck and the web page.
 *
 * @param message what the chart shows, in words: its title and subtitle, the alt text of every copy
 */
public record ChartImage(String fileName, String title, String message, byte[] png) {
}
