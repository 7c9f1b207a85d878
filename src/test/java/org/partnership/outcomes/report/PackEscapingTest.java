package org.partnership.outcomes.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.partnership.outcomes.config.Partner;
import org.partnership.outcomes.config.PartnershipConfig;
import org.partnership.outcomes.config.Theme;
import org.partnership.outcomes.web.WebPage;

/** Names from partnership.yml reach the web page as text, never as markup. */
class PackEscapingTest {

    static final String PARTNER = "<script>alert(1)</script> & Co";
    static final String THEME = "AI \"<img src=x onerror=alert(2)>\"";

    @Test
    void namesFromTheInputAreEscapedAndThePageCanRunNothing(@TempDir Path folder) throws Exception {
        ReportData fixture = ReportFixture.data();
        PartnershipConfig config = new PartnershipConfig(
                List.of(new Partner("ucl", PARTNER, List.of(), List.of("UCL"), List.of()),
                        fixture.config().partners().get(1)),
                List.of(fixture.config().themes().get(0), fixture.config().themes().get(1),
                        new Theme("ai", THEME, List.of("AI"))),
                4, "GBP", fixture.config().maxRejectRate(), 5);
        ReportData data = new ReportData(config, fixture.periods(), fixture.metrics(), fixture.dataQuality(),
                fixture.details());
        ReportWriter.Written written = ReportWriter.write(data, folder);
        String html = Files.readString(WebPage.write(data, written.brief(), written.charts(), folder));

        assertThat(html).doesNotContain("<script", "<img src=x").contains(
                "&lt;script&gt;alert(1)&lt;/script&gt; &amp; Co",
                "AI &quot;&lt;img src=x onerror=alert(2)&gt;&quot;");
        // nothing is fetched and nothing runs: images are data: URIs, the policy forbids the rest
        assertThat(html).contains("content=\"default-src 'none'; img-src data:; style-src 'unsafe-inline'\"");
        assertThat(html.split("<img ", -1)).hasSize(5);
        assertThat(html).doesNotContain("src=\"http", "href=", "@import", "url(");
    }
}
