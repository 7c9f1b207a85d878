package org.partnership.outcomes.report;

import java.awt.Color;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.partnership.outcomes.config.PartnershipConfig;
import org.partnership.outcomes.config.Theme;

/**
 * One colour per theme, the same in every chart, taken by the theme's place in the configuration
 * so that it stays the same from one quarter's report to the next. The palette is Tableau 10
 * without its grey, which is kept for Unclassified; All themes is a dark slate.
 */
final class ThemeColours {

    private static final List<Color> PALETTE = List.of(
            new Color(0x4E79A7), new Color(0xF28E2B), new Color(0xE15759), new Color(0x76B7B2),
            new Color(0x59A14F), new Color(0xEDC948), new Color(0xB07AA1), new Color(0xFF9DA7),
            new Color(0x9C755F));
    static final Color UNCLASSIFIED = new Color(0x9A9A9A);
    static final Color ALL = new Color(0x34495E);
    /** For what is not a theme, such as a line over the bars. */
    static final Color ACCENT = new Color(0xD1495B);

    private final Map<String, Color> colours = new HashMap<>();

    ThemeColours(PartnershipConfig config) {
        for (int i = 0; i < config.themes().size(); i++) {
            Color base = PALETTE.get(i % PALETTE.size());
            // past ten themes the palette repeats, a shade darker each round
            colours.put(config.themes().get(i).id(), blend(base, Color.BLACK, 0.25 * (i / PALETTE.size())));
        }
        colours.put(Theme.UNCLASSIFIED, UNCLASSIFIED);
        colours.put(Theme.ALL, ALL);
    }

    Color solid(String themeId) {
        return colours.getOrDefault(themeId, UNCLASSIFIED);
    }

    /** The theme's colour, faded: the comparison bar beside a solid one. */
    Color pale(String themeId) {
        return blend(solid(themeId), Color.WHITE, 0.6);
    }

    static Color blend(Color from, Color to, double share) {
        double s = Math.min(1, Math.max(0, share));
        return new Color((int) Math.round(from.getRed() * (1 - s) + to.getRed() * s),
                (int) Math.round(from.getGreen() * (1 - s) + to.getGreen() * s),
                (int) Math.round(from.getBlue() * (1 - s) + to.getBlue() * s));
    }
}
