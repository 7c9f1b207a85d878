package org.partnership.outcomes.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.partnership.outcomes.config.Partner;

/** Affiliation matching and joint publications, with the examples of REQUIREMENTS §3 and §4. */
class AffiliationMatcherTest {

    private static final long UCL = 1;
    private static final long IISC = 2;

    private static final Partner UCL_PARTNER = new Partner("ucl", "University College London", List.of("02jx3x895"),
            List.of("University College London", "UCL", "Univ Coll London"),
            List.of("University College London Hospitals"));
    private static final Partner IISC_PARTNER = new Partner("iisc", "Indian Institute of Science, Bengaluru",
            List.of("04dese585"), List.of("Indian Institute of Science", "IISc Bangalore", "IISc Bengaluru",
                    "Indian Inst Sci"),
            List.of("Indian Institute of Science Education and Research"));

    private final AffiliationMatcher matcher = new AffiliationMatcher(List.of(UCL_PARTNER, IISC_PARTNER));

    @Test
    void recognisesIiscByNameAliasAndRorUrl() {
        assertThat(matcher.partnersOf("Indian Institute of Science, Bengaluru")).isEqualTo(IISC);
        assertThat(matcher.partnersOf("IISc Bangalore")).isEqualTo(IISC);
        assertThat(matcher.partnersOf("https://ror.org/04dese585")).isEqualTo(IISC);
        assertThat(matcher.partnersOf("Dept of Physics (04dese585)")).isEqualTo(IISC);
    }

    @Test
    void excludesIiserEvenThoughItHoldsTheIiscAlias() {
        assertThat(matcher.partnersOf("Indian Institute of Science Education and Research, Pune")).isZero();
    }

    @Test
    void recognisesUclByNameAliasAndRorId() {
        assertThat(matcher.partnersOf("University College London")).isEqualTo(UCL);
        assertThat(matcher.partnersOf("UCL")).isEqualTo(UCL);
        assertThat(matcher.partnersOf("02jx3x895")).isEqualTo(UCL);
        assertThat(matcher.partnersOf("UCL-led Institute of Health Informatics")).isEqualTo(UCL);
    }

    @Test
    void doesNotTakeUclaForUcl() {
        assertThat(matcher.partnersOf("UCLA")).isZero();
        assertThat(matcher.partnersOf("University of California, Los Angeles (UCLA)")).isZero();
    }

    @Test
    void excludesUniversityCollegeLondonHospitals() {
        assertThat(matcher.partnersOf("University College London Hospitals NHS Foundation Trust")).isZero();
    }

    @Test
    void matchesAliasesIgnoringCase() {
        assertThat(matcher.partnersOf("UNIVERSITY COLLEGE LONDON")).isEqualTo(UCL);
        assertThat(matcher.partnersOf("iisc bengaluru")).isEqualTo(IISC);
    }

    @Test
    void testsEachAffiliationOnItsOwn() {
        // the exclusion in the first affiliation does not cancel UCL in the second
        assertThat(matcher.partnersOfList("University College London Hospitals; UCL")).isEqualTo(UCL);
        assertThat(matcher.partnersOfList("University College London Hospitals; IISc Bangalore")).isEqualTo(IISC);
    }

    @Test
    void doesNotMatchAnAliasAcrossTwoAffiliations() {
        Partner split = new Partner("kcl", "King's College London", List.of(), List.of("Kings College"), List.of());
        AffiliationMatcher kcl = new AffiliationMatcher(List.of(split, IISC_PARTNER));

        assertThat(kcl.partnersOfList("Kings; College of Art")).isZero();
    }

    @Test
    void letsOneAffiliationBelongToTwoPartners() {
        assertThat(matcher.partnersOf("UCL-IISc Joint Centre, IISc Bangalore")).isEqualTo(UCL | IISC);
    }

    @Test
    void findsBothPartnersInAnAffiliationList() {
        long partners = matcher.partnersOfList("University College London; Indian Institute of Science, Bengaluru");

        assertThat(partners).isEqualTo(UCL | IISC);
        assertThat(AffiliationMatcher.isJoint(partners)).isTrue();
    }

    @Test
    void needsTwoDifferentPartnersForJoint() {
        long twoUclAffiliations = matcher.partnersOfList("UCL; University College London; MIT");

        assertThat(twoUclAffiliations).isEqualTo(UCL);
        assertThat(AffiliationMatcher.isJoint(twoUclAffiliations)).isFalse();
        assertThat(AffiliationMatcher.isJoint(0)).isFalse();
    }

    @Test
    void countsIiserPlusUclAsNotJoint() {
        long partners = matcher.partnersOfList("Indian Institute of Science Education and Research, Pune; UCL");

        assertThat(partners).isEqualTo(UCL);
        assertThat(AffiliationMatcher.isJoint(partners)).isFalse();
    }

    @Test
    void findsTheSamePartnersWhenMorePartnersThanOnePassHoldsAreConfigured() {
        List<Partner> many = new ArrayList<>(List.of(UCL_PARTNER, IISC_PARTNER));
        for (int i = many.size(); i < 40; i++) { // aliases, then exclusions, in a second automaton
            many.add(new Partner("p" + i, "Partner " + i, List.of(), List.of("Partner Institute " + i),
                    List.of("Partner Institute " + i + " Annexe")));
        }
        AffiliationMatcher twoPasses = new AffiliationMatcher(many);
        for (String list : List.of("University College London Hospitals; IISc Bangalore",
                "Indian Institute of Science Education and Research, Pune; UCL", "Univ Coll London; 04dese585",
                "University College London Hospitals", "nothing", "")) {
            assertThat(twoPasses.partnersOfList(list)).as(list).isEqualTo(matcher.partnersOfList(list));
        }
        assertThat(twoPasses.partnersOfList("Partner Institute 39; Partner Institute 38 Annexe")).isEqualTo(1L << 39);
    }
}
