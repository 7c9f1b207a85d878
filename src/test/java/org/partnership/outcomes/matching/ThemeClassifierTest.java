package org.partnership.outcomes.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.partnership.outcomes.config.Theme;

/** Keyword classification of titles and keywords (REQUIREMENTS §4 "Themes"). */
class ThemeClassifierTest {

    private static final long QUANTUM = 1;
    private static final long ROBOTICS = 2;
    private static final long HEALTH_AI = 4;
    private static final long SENSING = 8;

    private final ThemeClassifier classifier = new ThemeClassifier(List.of(
            new Theme("quantum", "Quantum technologies", List.of("quantum", "qubit")),
            new Theme("robotics", "Robotics", List.of("robot", "robotics")),
            new Theme("health-ai", "Healthcare AI", List.of("AI", "machine learning")),
            new Theme("sensing", "Sensing", List.of("quantum sensing"))));

    @Test
    void classifiesByTitle() {
        assertThat(classifier.classify("A qubit array", List.of())).isEqualTo(QUANTUM);
        assertThat(classifier.classify("AI-assisted triage", List.of())).isEqualTo(HEALTH_AI);
    }

    @Test
    void classifiesByEachKeyword() {
        assertThat(classifier.classify("A study", List.of("robotics", "machine learning"))).isEqualTo(ROBOTICS | HEALTH_AI);
    }

    @Test
    void putsARecordInEveryThemeItMatches() {
        assertThat(classifier.classify("Robot-assisted quantum sensing", List.of()))
                .isEqualTo(QUANTUM | ROBOTICS | SENSING);
    }

    @Test
    void leavesARecordWithoutAMatchUnclassified() {
        assertThat(classifier.classify("Robots for surgery", List.of("chemistry"))).isZero();
    }

    @Test
    void neverMatchesAKeywordPhraseAcrossTwoKeywordItems() {
        assertThat(classifier.classify("A study", List.of("machine", "learning"))).isZero();
        assertThat(classifier.classify("A study", List.of("quantum", "sensing"))).isEqualTo(QUANTUM);
    }

    @Test
    void classifiesWithNoThemesConfigured() {
        assertThat(new ThemeClassifier(List.of()).classify("quantum robot", List.of("AI"))).isZero();
    }
}
