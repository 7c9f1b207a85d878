package org.partnership.outcomes.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFShape;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.apache.poi.xslf.usermodel.XSLFTable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.partnership.outcomes.config.PartnershipConfig;
import org.partnership.outcomes.config.Theme;
import org.partnership.outcomes.deck.DeckWriter;

/** A partnership of 30 themes: the themes table continues over slides instead of shrinking. */
class DeckManyThemesTest {

    @Test
    void thirtyThemesTakeThreeSlidesOfAtMostFourteenRows(@TempDir Path folder) throws Exception {
        ReportData fixture = ReportFixture.data();
        List<Theme> themes = new ArrayList<>();
        for (int i = 1; i <= 30; i++) {
            themes.add(new Theme("t" + i, "Theme " + i, List.of("keyword" + i)));
        }
        PartnershipConfig config = new PartnershipConfig(fixture.config().partners(), themes, 4, "GBP",
                fixture.config().maxRejectRate(), 5);
        ReportData data = new ReportData(config, fixture.periods(), fixture.metrics(), fixture.dataQuality(),
                fixture.details());
        ReportWriter.Written written = ReportWriter.write(data, folder);
        Path deck = DeckWriter.write(data, written.brief(), written.charts(), folder);

        List<XSLFTable> themeTables = new ArrayList<>();
        List<String> titles = new ArrayList<>();
        try (InputStream in = Files.newInputStream(deck); XMLSlideShow show = new XMLSlideShow(in)) {
            for (XSLFSlide slide : show.getSlides()) {
                String text = slide.getShapes().stream().filter(s -> s instanceof org.apache.poi.xslf.usermodel.XSLFTextShape)
                        .map(s -> ((org.apache.poi.xslf.usermodel.XSLFTextShape) s).getText()).findFirst().orElse("");
                if (text.startsWith("Themes in")) {
                    titles.add(text);
                    for (XSLFShape shape : slide.getShapes()) {
                        if (shape instanceof XSLFTable table) {
                            themeTables.add(table);
                        }
                    }
                }
            }
            // 30 themes, Unclassified and All themes: 32 rows = 14 + 14 + 4, each under its header row
            assertThat(titles).containsExactly("Themes in FY2026-27 Q2 (1 of 3)", "Themes in FY2026-27 Q2 (2 of 3)",
                    "Themes in FY2026-27 Q2 (3 of 3)");
            assertThat(themeTables).extracting(t -> t.getNumberOfRows()).containsExactly(15, 15, 5);
            XSLFTable last = themeTables.get(2);
            assertThat(last.getCell(4, 0).getText()).isEqualTo("All themes");
        }
    }
}
