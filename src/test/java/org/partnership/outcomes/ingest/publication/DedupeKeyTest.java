package org.partnership.outcomes.ingest.publication;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The publication key of REQUIREMENTS §4 "Duplicates". */
class DedupeKeyTest {

    @Test
    void normalisesEveryDoiFormToTheSameBareDoi() {
        assertThat(DedupeKey.normaliseDoi("10.1234/ABC")).isEqualTo("10.1234/abc");
        assertThat(DedupeKey.normaliseDoi("doi:10.1234/abc")).isEqualTo("10.1234/abc");
        assertThat(DedupeKey.normaliseDoi("DOI:10.1234/Abc")).isEqualTo("10.1234/abc");
        assertThat(DedupeKey.normaliseDoi("https://doi.org/10.1234/abc")).isEqualTo("10.1234/abc");
        assertThat(DedupeKey.normaliseDoi("http://doi.org/10.1234/abc")).isEqualTo("10.1234/abc");
        assertThat(DedupeKey.normaliseDoi("https://dx.doi.org/10.1234/abc")).isEqualTo("10.1234/abc");
        assertThat(DedupeKey.normaliseDoi("http://dx.doi.org/10.1234/ABC")).isEqualTo("10.1234/abc");
        assertThat(DedupeKey.normaliseDoi("doi.org/10.1234/abc")).isEqualTo("10.1234/abc");
        assertThat(DedupeKey.normaliseDoi("dx.doi.org/10.1234/abc")).isEqualTo("10.1234/abc");
        assertThat(DedupeKey.normaliseDoi("  HTTPS://DOI.ORG/10.1234/abc ")).isEqualTo("10.1234/abc");
    }

    @Test
    void keysATitleByItsLowerCaseLettersAndDigitsAndTheYear() {
        String key = DedupeKey.ofTitle("Quantum Sensing: A Review (Part 2)!", 2024);

        assertThat(key).isEqualTo(DedupeKey.ofTitle("quantum sensing a review part 2", 2024));
        assertThat(key).isEqualTo(DedupeKey.ofTitle("QuantumSensing—AReview, Part-2", 2024));
        assertThat(key).contains("quantumsensingareviewpart2").contains("2024");
    }

    @Test
    void separatesTheSameTitleInDifferentYears() {
        assertThat(DedupeKey.ofTitle("A review", 2023)).isNotEqualTo(DedupeKey.ofTitle("A review", 2024));
    }

    @Test
    void neverConfusesATitleKeyWithADoiKey() {
        assertThat(DedupeKey.ofDoi("10.1234/abc")).isNotEqualTo(DedupeKey.ofTitle("10.1234/abc", 2024));
    }
}
