package org.partnership.outcomes.report;

/** A rendered chart: the PNG saved under {@code charts/} and embedded in the Summary sheet. */
record ChartImage(String fileName, String title, byte[] png) {
}
