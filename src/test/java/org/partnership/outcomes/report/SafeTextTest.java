package org.partnership.outcomes.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SafeTextTest {

    @ParameterizedTest
    @ValueSource(strings = {"=SUM(A1)", "+1", "-2+3", "@cmd", "\tx", "\rx"})
    void textStartingLikeAFormulaIsFlagged(String text) {
        assertTrue(SafeText.looksLikeFormula(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "Quantum sensing", " =not first", "10.1234/x", "'quoted"})
    void ordinaryTextIsNotFlagged(String text) {
        assertFalse(SafeText.looksLikeFormula(text));
    }

    @Test
    void textThatFitsIsUnchanged() {
        String text = "a".repeat(32_767);
        assertEquals(text, SafeText.fit(text));
    }

    @Test
    void longTextIsCutToTheCellLimitAndMarked() {
        String cut = SafeText.fit("b".repeat(40_000));
        assertEquals(32_767, cut.length());
        assertTrue(cut.startsWith("bbbb"));
        assertTrue(cut.endsWith("… [truncated]"));
    }

    @Test
    void aCharacterOfTwoCharsIsNeverSplit() {
        // "… [truncated]" is 13 chars, so 32,754 are kept; put a surrogate pair across that boundary
        String text = "c".repeat(32_753) + "\uD83D\uDE00" + "d".repeat(100);
        String cut = SafeText.fit(text);
        assertEquals(32_753 + "… [truncated]".length(), cut.length());
        assertTrue(cut.startsWith("ccc") && cut.endsWith("c… [truncated]"), "the emoji is left out whole");
    }
}
