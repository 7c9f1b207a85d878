package org.partnership.outcomes.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Whole-word, case-insensitive phrase matching (REQUIREMENTS §4 "Whole words"). */
class PhraseMatcherTest {

    private static final long A = 1;
    private static final long B = 2;
    private static final long C = 4;

    @Test
    void findsAWordBetweenPunctuationAndHyphens() {
        PhraseMatcher ucl = matcher("UCL");

        assertThat(ucl.match("UCL-led consortium")).isEqualTo(A);
        assertThat(ucl.match("(UCL)")).isEqualTo(A);
        assertThat(ucl.match("Dept of Medicine, UCL")).isEqualTo(A);
        assertThat(ucl.match("UCL")).isEqualTo(A);
    }

    @Test
    void findsAWordBeforeAHyphen() {
        assertThat(matcher("AI").match("AI-assisted triage")).isEqualTo(A);
    }

    @Test
    void doesNotMatchInsideALongerWord() {
        PhraseMatcher robot = matcher("robot");

        assertThat(robot.match("robots in surgery")).isZero();
        assertThat(robot.match("microrobot swarms")).isZero();
        assertThat(robot.match("AI")).isZero();
    }

    @Test
    void treatsDigitsAndUnderscoresAsPartOfAWord() {
        PhraseMatcher ucl = matcher("UCL");

        assertThat(ucl.match("UCLA")).isZero();
        assertThat(ucl.match("UCL2")).isZero();
        assertThat(ucl.match("x_UCL")).isZero();
    }

    @Test
    void ignoresCase() {
        assertThat(matcher("Quantum").match("QUANTUM computing")).isEqualTo(A);
        assertThat(matcher("QUBIT").match("a qubit array")).isEqualTo(A);
    }

    @Test
    void findsAWholeWordAfterAnEarlierPartialOne() {
        assertThat(matcher("robot").match("robots and a robot")).isEqualTo(A);
    }

    @Test
    void matchesAMultiWordPhraseOnlyAsAPhrase() {
        PhraseMatcher sensing = matcher("quantum sensing");

        assertThat(sensing.match("Advances in quantum sensing.")).isEqualTo(A);
        assertThat(sensing.match("quantum and sensing")).isZero();
        assertThat(sensing.match("quantum sensings")).isZero();
    }

    @Test
    void findsAPhraseThatStartsInsideAFailedAttempt() {
        // "Indian Indian Institute of Science": the first "Indian" starts a false start
        PhraseMatcher iisc = matcher("Indian Institute of Science");

        assertThat(iisc.match("Indian Indian Institute of Science")).isEqualTo(A);
        assertThat(iisc.match("Indian Institute of Indian Institute of Science")).isEqualTo(A);
    }

    @Test
    void findsOverlappingPhrasesOfDifferentLengths() {
        PhraseMatcher themes = new PhraseMatcher(List.of(new PhraseMatcher.Phrase("quantum", A),
                new PhraseMatcher.Phrase("quantum sensing", B), new PhraseMatcher.Phrase("sensing", C)));

        assertThat(themes.match("Quantum sensing of liver tissue")).isEqualTo(A | B | C);
        assertThat(themes.match("quantum computing")).isEqualTo(A);
        assertThat(themes.match("remote sensing")).isEqualTo(C);
    }

    @Test
    void findsAShortPhraseEndingWhereALongerOneFails() {
        PhraseMatcher themes = new PhraseMatcher(List.of(new PhraseMatcher.Phrase("machine learning", A),
                new PhraseMatcher.Phrase("learning", B)));

        assertThat(themes.match("machine learnings and learning")).isEqualTo(B);
        assertThat(themes.match("deep learning")).isEqualTo(B);
    }

    @Test
    void combinesTheBitsOfEveryPhraseFound() {
        PhraseMatcher themes = new PhraseMatcher(List.of(new PhraseMatcher.Phrase("robot", A),
                new PhraseMatcher.Phrase("AI", B), new PhraseMatcher.Phrase("liver", C)));

        assertThat(themes.match("AI-guided robot for liver surgery")).isEqualTo(A | B | C);
        assertThat(themes.match("nothing relevant")).isZero();
    }

    @Test
    void ignoresBlankPhrases() {
        PhraseMatcher matcher = new PhraseMatcher(List.of(new PhraseMatcher.Phrase("  ", A),
                new PhraseMatcher.Phrase("qubit", B)));

        assertThat(matcher.match("a qubit")).isEqualTo(B);
        assertThat(matcher.match("  ")).isZero();
    }

    private static PhraseMatcher matcher(String phrase) {
        return new PhraseMatcher(List.of(new PhraseMatcher.Phrase(phrase, A)));
    }

    @Test
    void findsWhatCheckingEveryPhraseAtEveryPositionFinds() {
        Random random = new Random(11);
        String[] pieces = {"ucl", "UCL", "u", "c", "l", "univ", "coll", " ", "-", ";", ",", "_", "7", "x", "İ", "i",
            "\u212A", "k", "é", "hôpital", "liver", "s", "(", ")"};
        List<PhraseMatcher.Phrase> phrases = List.of(new PhraseMatcher.Phrase("UCL", A),
                new PhraseMatcher.Phrase("Univ Coll", B), new PhraseMatcher.Phrase("coll", C),
                new PhraseMatcher.Phrase("(ucl)", 8), new PhraseMatcher.Phrase("k", 16),
                new PhraseMatcher.Phrase("hôpital", 32), new PhraseMatcher.Phrase("i", 64),
                new PhraseMatcher.Phrase("livers", 128));
        PhraseMatcher matcher = new PhraseMatcher(phrases);
        for (int n = 0; n < 50_000; n++) {
            StringBuilder text = new StringBuilder();
            for (int k = random.nextInt(12); k > 0; k--) {
                text.append(pieces[random.nextInt(pieces.length)]);
            }
            int from = random.nextInt(text.length() + 1);
            int to = from + random.nextInt(text.length() - from + 1);
            assertThat(matcher.match(text, from, to)).as("'%s' [%d, %d)", text, from, to)
                    .isEqualTo(everyPhraseAtEveryPosition(phrases, text, from, to));
        }
    }

    /** The rule as written: a phrase's characters, lower-cased one by one, with no word character either side. */
    private static long everyPhraseAtEveryPosition(List<PhraseMatcher.Phrase> phrases, CharSequence text, int from,
            int to) {
        long found = 0;
        for (PhraseMatcher.Phrase phrase : phrases) {
            String p = phrase.text().strip();
            for (int start = from; start + p.length() <= to; start++) {
                boolean same = true;
                for (int k = 0; k < p.length() && same; k++) {
                    same = Character.toLowerCase(text.charAt(start + k)) == Character.toLowerCase(p.charAt(k));
                }
                if (same && !wordChar(text, start - 1) && !wordChar(text, start + p.length())) {
                    found |= phrase.mask();
                }
            }
        }
        return found;
    }

    private static boolean wordChar(CharSequence text, int index) {
        return index >= 0 && index < text.length()
                && (text.charAt(index) == '_' || Character.isLetterOrDigit(text.charAt(index)));
    }
}
