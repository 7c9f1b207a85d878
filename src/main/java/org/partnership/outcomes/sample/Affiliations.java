package org.partnership.outcomes.sample;

import static org.partnership.outcomes.sample.SampleDataGenerator.zeroPadded;
import static org.partnership.outcomes.sample.Vocabulary.pick;

import java.util.List;
import java.util.SplittableRandom;

/**
 * Affiliation strings as research-information exports carry them: for each partner in several styles
 * (department, institution, street, city and postcode; Web of Science abbreviations such as
 * "Univ Coll London"; short names; bare ROR ids and ror.org URLs), for other institutions in the UK,
 * India and elsewhere, and for look-alikes whose names contain a partner alias but which are not
 * partners (UCLH, the IISERs, UCLA, UCLan). Random departments, streets and postcodes give hundreds of
 * thousands of distinct strings at a million rows, as real exports have.
 */
final class Affiliations {

    private Affiliations() {
    }

    private static final String UK_INWARD_LETTERS = "ABDEFGHJLNPQRSTUWXYZ";

    private static final List<String> UCL_DISTRICTS = List.of("WC1E", "WC1E", "WC1N", "WC1H", "WC1X", "NW1", "NW3",
            "W1T", "E20");
    private static final List<String> UCL_STREETS = List.of("Gower Street", "Malet Place", "Torrington Place",
            "Gordon Street", "Euston Road", "Rowland Hill Street", "Guilford Street", "Marshgate");
    private static final List<String> UCL_DEPARTMENTS = List.of(
            "Department of Medical Physics and Biomedical Engineering", "Department of Computer Science",
            "Department of Physics and Astronomy", "Department of Electronic and Electrical Engineering",
            "Department of Mechanical Engineering", "Division of Medicine",
            "Division of Surgery and Interventional Science",
            "Institute of Epidemiology and Health Care", "Department of Civil, Environmental and Geomatic Engineering",
            "Bartlett School of Planning", "Bartlett School of Architecture", "Department of Chemistry",
            "Department of Chemical Engineering", "London Centre for Nanotechnology",
            "Wellcome/EPSRC Centre for Interventional and Surgical Sciences", "Department of Statistical Science",
            "Institute of Health Informatics", "Research Department of Medical Education",
            "Department of Biochemical Engineering", "Institute for Women's Health", "Department of Geography",
            "Centre for Medical Image Computing", "Division of Psychiatry", "Institute of Ophthalmology",
            "School of Pharmacy", "Department of Infection, Immunity and Inflammation",
            "Institute for Liver and Digestive Health", "Centre for Advanced Spatial Analysis",
            "Institute for Global Health", "Department of Science, Technology, Engineering and Public Policy");
    private static final List<String> UCL_INSTITUTES = List.of("UCL Institute of Health Informatics",
            "UCL Queen Square Institute of Neurology", "UCL Great Ormond Street Institute of Child Health",
            "UCL Institute for Liver and Digestive Health", "UCL Centre for Advanced Spatial Analysis",
            "UCL Institute of Healthcare Engineering", "UCL Quantum Science and Technology Institute",
            "UCL Robotics Institute", "UCL Medical School", "UCL Institute for Global Health");
    private static final List<String> UCL_WOS_DEPARTMENTS = List.of("Dept Med Phys & Biomed Engn", "Dept Comp Sci",
            "Dept Phys & Astron", "Dept Elect & Elect Engn", "Dept Mech Engn", "Div Med", "Div Surg & Intervent Sci",
            "Inst Epidemiol & Hlth Care", "Bartlett Sch Planning", "Dept Chem", "London Ctr Nanotechnol",
            "Wellcome EPSRC Ctr Intervent & Surg Sci", "Inst Hlth Informat", "Res Dept Med Educ",
            "Inst Liver & Digest Hlth", "Ctr Med Image Comp", "Inst Ophthalmol", "Sch Pharm", "Inst Global Hlth");

    private static final List<String> IISC_DEPARTMENTS = List.of("Department of Physics",
            "Department of Computational and Data Sciences", "Department of Electrical Communication Engineering",
            "Department of Electrical Engineering", "Department of Computer Science and Automation",
            "Department of Bioengineering", "Centre for BioSystems Science and Engineering",
            "Centre for Nano Science and Engineering", "Department of Instrumentation and Applied Physics",
            "Robert Bosch Centre for Cyber-Physical Systems", "Department of Mechanical Engineering",
            "Department of Materials Engineering", "Department of Molecular Reproduction, Development and Genetics",
            "Centre for Neuroscience", "Department of Civil Engineering", "Centre for Sustainable Technologies",
            "Department of Design and Manufacturing", "Department of Biochemistry", "Molecular Biophysics Unit",
            "Department of Management Studies",
            "Centre for Infrastructure, Sustainable Transportation and Urban Planning",
            "Department of Aerospace Engineering", "Department of Microbiology and Cell Biology",
            "Interdisciplinary Centre for Water Research", "Centre for Product Design and Manufacturing");
    private static final List<String> IISC_WOS_DEPARTMENTS = List.of("Dept Phys", "Dept Computat & Data Sci",
            "Dept Elect Commun Engn", "Dept Comp Sci & Automat", "Dept Bioengn", "Ctr BioSyst Sci & Engn",
            "Ctr Nano Sci & Engn", "Dept Instrumentat & Appl Phys", "Robert Bosch Ctr Cyber Phys Syst",
            "Dept Mech Engn", "Dept Mat Engn", "Mol Biophys Unit", "Ctr Neurosci", "Dept Civil Engn");
    private static final List<String> IISC_STREETS = List.of("C V Raman Road", "CV Raman Avenue",
            "Sir C V Raman Avenue", "Mathikere");

    private static final List<String> UNIVERSITY_DEPARTMENTS = List.of("Department of Bioengineering",
            "School of Medicine", "Department of Computer Science", "Department of Physics", "School of Public Health",
            "Department of Electrical Engineering", "Department of Architecture and Urban Planning",
            "Centre for Global Health", "Department of Materials Science", "Department of Mechanical Engineering",
            "Department of Civil Engineering", "Department of Chemistry", "Department of Mathematics");
    private static final List<String> MEDICAL_DEPARTMENTS = List.of("Department of Hepatology", "Department of Surgery",
            "Department of Radiology", "Department of Medical Education", "Department of Paediatrics",
            "Department of Anaesthesia", "Department of Obstetrics and Gynaecology", "Department of Psychiatry",
            "Department of Community Medicine", "Clinical Research Facility", "Department of Ophthalmology");

    /**
     * An institution: where it is (a UK postcode district list, a US ZIP code, or a fixed place) and which
     * departments its affiliations name (none: the name alone).
     */
    private record Org(String name, String city, List<String> ukDistricts, String usZip, String country,
                       List<String> departments) {
        static Org uk(String name, String city, String... districts) {
            return new Org(name, city, List.of(districts), null, "UK", UNIVERSITY_DEPARTMENTS);
        }

        static Org us(String name, String city, String zip) {
            return new Org(name, city, null, zip, "USA", UNIVERSITY_DEPARTMENTS);
        }

        static Org at(String name, String place, String country) {
            return new Org(name, place, null, null, country, UNIVERSITY_DEPARTMENTS);
        }

        Org medical() {
            return new Org(name, city, ukDistricts, usZip, country, MEDICAL_DEPARTMENTS);
        }

        Org withoutDepartments() {
            return new Org(name, city, ukDistricts, usZip, country, List.of());
        }
    }

    private static final List<Org> OTHER_ORGS = List.of(
            Org.uk("Imperial College London", "London", "SW7", "W12", "W2"),
            Org.uk("King's College London", "London", "WC2R", "SE1", "SE5"),
            Org.uk("University of Oxford", "Oxford", "OX1", "OX3"),
            Org.uk("University of Cambridge", "Cambridge", "CB2", "CB3"),
            Org.uk("University of Manchester", "Manchester", "M13"),
            Org.uk("University of Edinburgh", "Edinburgh", "EH8", "EH16"),
            Org.uk("London School of Hygiene & Tropical Medicine", "London", "WC1E").medical(),
            Org.uk("Great Ormond Street Hospital for Children NHS Foundation Trust", "London", "WC1N").medical(),
            Org.uk("Moorfields Eye Hospital NHS Foundation Trust", "London", "EC1V").withoutDepartments(),
            Org.uk("The Alan Turing Institute", "London", "NW1").withoutDepartments(),
            Org.at("Indian Institute of Technology Bombay", "Powai, Mumbai 400076", "India"),
            Org.at("IIT Bombay", "Mumbai 400076", "India"),
            Org.at("Indian Institute of Technology Delhi", "Hauz Khas, New Delhi 110016", "India"),
            Org.at("All India Institute of Medical Sciences", "New Delhi 110029", "India").medical(),
            Org.at("National Institute of Mental Health and Neurosciences", "Bengaluru 560029", "India").medical(),
            Org.at("St John's Medical College", "Bengaluru 560034", "India").medical(),
            Org.at("Christian Medical College", "Vellore 632004", "India").medical(),
            Org.at("Tata Institute of Fundamental Research", "Mumbai 400005", "India"),
            Org.at("Jawaharlal Nehru Centre for Advanced Scientific Research", "Bengaluru 560064", "India"),
            Org.at("International Institute of Information Technology Bangalore", "Bengaluru 560100", "India"),
            Org.us("Massachusetts Institute of Technology", "Cambridge, MA", "02139"),
            Org.us("Stanford University", "Stanford, CA", "94305"),
            Org.at("ETH Zürich", "8092 Zürich", "Switzerland"),
            Org.at("Karolinska Institutet", "171 77 Stockholm", "Sweden"),
            Org.at("University of Toronto", "Toronto, ON M5S 1A8", "Canada"),
            Org.at("National University of Singapore", "Singapore 119077", "Singapore"),
            Org.at("Université Paris Cité", "75006 Paris", "France"),
            Org.at("University of Melbourne", "Parkville, VIC 3010", "Australia"),
            Org.at("University of Cape Town", "Cape Town 7925", "South Africa"));

    /** Institutions whose names contain (or nearly contain) a partner alias but which are not partners. */
    private static final List<Org> LOOK_ALIKES = List.of(
            Org.uk("University College London Hospitals NHS Foundation Trust", "London", "NW1", "W1T").medical(),
            Org.uk("UCLH NIHR Biomedical Research Centre", "London", "W1T").withoutDepartments(),
            Org.at("Indian Institute of Science Education and Research Pune", "Pune 411008", "India"),
            Org.at("Indian Institute of Science Education and Research Kolkata", "Mohanpur 741246", "India"),
            Org.at("Indian Institute of Science Education and Research Bhopal", "Bhopal 462066", "India"),
            Org.us("University of California, Los Angeles (UCLA)", "Los Angeles, CA", "90095"),
            Org.uk("University of Central Lancashire (UCLan)", "Preston", "PR1"));

    /** An affiliation of University College London in one of the styles that exports carry. */
    static String ofUcl(SplittableRandom r) {
        int style = r.nextInt(20);
        if (style < 9) {
            StringBuilder sb = new StringBuilder(96).append(pick(r, UCL_DEPARTMENTS))
                    .append(", University College London, ");
            if (r.nextInt(10) < 4) {
                sb.append(pick(r, UCL_STREETS)).append(", ");
            }
            sb.append("London ");
            ukPostcode(sb, r, pick(r, UCL_DISTRICTS));
            return sb.append(", ").append(pick(r, "UK", "UK", "United Kingdom", "England")).toString();
        } else if (style < 12) {
            StringBuilder sb = new StringBuilder(80).append(pick(r, UCL_INSTITUTES)).append(", London ");
            ukPostcode(sb, r, pick(r, UCL_DISTRICTS));
            return sb.append(", UK").toString();
        } else if (style < 16) {
            StringBuilder sb = new StringBuilder(80).append("Univ Coll London, ").append(pick(r, UCL_WOS_DEPARTMENTS))
                    .append(", London ");
            ukPostcode(sb, r, pick(r, UCL_DISTRICTS));
            return sb.append(", England").toString();
        } else if (style == 16) {
            return "02jx3x895";
        } else if (style == 17) {
            return "https://ror.org/02jx3x895";
        }
        return pick(r, UCL_DEPARTMENTS) + ", UCL, London, UK";
    }

    /** An affiliation of the Indian Institute of Science in one of the styles that exports carry. */
    static String ofIisc(SplittableRandom r) {
        int style = r.nextInt(20);
        if (style < 9) {
            StringBuilder sb = new StringBuilder(110).append(pick(r, IISC_DEPARTMENTS))
                    .append(", Indian Institute of Science, ");
            if (r.nextInt(10) < 4) {
                sb.append(pick(r, IISC_STREETS)).append(", ");
            }
            sb.append(pick(r, "Bengaluru", "Bangalore")).append(' ').append(pick(r, "560012", "560012", "560 012"));
            if (r.nextBoolean()) {
                sb.append(", Karnataka");
            }
            return sb.append(", India").toString();
        } else if (style < 12) {
            return pick(r, IISC_DEPARTMENTS) + ", " + pick(r, "IISc Bangalore", "IISc Bengaluru") + ", India";
        } else if (style < 16) {
            return "Indian Inst Sci, " + pick(r, IISC_WOS_DEPARTMENTS) + ", Bangalore 560012, Karnataka, India";
        } else if (style == 16) {
            return "04dese585";
        } else if (style == 17) {
            return "https://ror.org/04dese585";
        }
        return pick(r, "Indian Institute of Science, Bengaluru", "Indian Institute of Science, Bangalore, India");
    }

    /** An affiliation of an institution that is not a partner. */
    static String ofOtherInstitution(SplittableRandom r) {
        return orgAffiliation(r, pick(r, OTHER_ORGS));
    }

    /** An affiliation that looks like a partner's but is not (UCLH, IISER, UCLA, UCLan). */
    static String ofLookAlike(SplittableRandom r) {
        int style = r.nextInt(10);
        if (style == 0) {
            return "UCLA";
        } else if (style == 1) {
            return "Indian Institute of Science Education and Research, Pune";
        }
        return orgAffiliation(r, pick(r, LOOK_ALIKES));
    }

    private static String orgAffiliation(SplittableRandom r, Org org) {
        StringBuilder sb = new StringBuilder(110);
        if (!org.departments().isEmpty() && r.nextInt(10) < 7) {
            sb.append(pick(r, org.departments())).append(", ");
        }
        sb.append(org.name()).append(", ").append(org.city());
        if (org.ukDistricts() != null) {
            sb.append(' ');
            ukPostcode(sb, r, pick(r, org.ukDistricts()));
        } else if (org.usZip() != null) {
            sb.append(' ').append(org.usZip());
            if (r.nextInt(10) < 6) {
                sb.append('-');
                zeroPadded(sb, r.nextInt(10_000), 4);
            }
        }
        return sb.append(", ").append(org.country()).toString();
    }

    /** A UK postcode in the given district, e.g. {@code WC1E 6BT}. */
    private static void ukPostcode(StringBuilder sb, SplittableRandom r, String district) {
        sb.append(district).append(' ').append((char) ('0' + r.nextInt(10)))
                .append(UK_INWARD_LETTERS.charAt(r.nextInt(UK_INWARD_LETTERS.length())))
                .append(UK_INWARD_LETTERS.charAt(r.nextInt(UK_INWARD_LETTERS.length())));
    }
}
