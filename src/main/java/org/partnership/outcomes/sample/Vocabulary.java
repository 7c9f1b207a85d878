package org.partnership.outcomes.sample;

import java.util.List;
import java.util.SplittableRandom;

/**
 * The words the synthetic sample is made of: the partnership's themes (with the keywords that
 * {@code partnership.yml} declares and phrases to build titles from), titles, author keywords and
 * journals. Affiliation strings are in {@link Affiliations}.
 *
 * <p>Title and keyword phrases are written so that keyword classification (whole words, case-insensitive)
 * gives the intended theme: a themed phrase contains one of its theme's keywords, a neutral phrase
 * contains none of any theme. Some neutral phrases are deliberate near misses ("quantitative" is not
 * "quantum", "deliver" is not "liver", "AIDS" and "air" are not "AI", "robots" is its own keyword).
 */
final class Vocabulary {

    private Vocabulary() {
    }

    /** A journal or proceedings, with the DOI prefix and suffix stem its DOIs are made of. */
    record Journal(String name, String doiPrefix, String doiStem) {
    }

    /**
     * A theme of the partnership.
     *
     * @param clinical  whether clinical settings and study designs make sense in its titles
     * @param keywords  what {@code partnership.yml} lists for keyword classification
     * @param topics    title phrases, each containing one of {@code keywords}
     * @param neutral   title phrases about the theme that contain no keyword (the keywords column decides)
     * @param tools     phrases for "... using X" when this theme is a paper's secondary theme
     * @param extras    author keywords on the subject that are none of the theme keywords
     * @param companions ids of the themes that make a plausible secondary theme for this one
     */
    record Theme(String id, String name, boolean clinical, List<String> keywords, List<String> topics,
                 List<String> neutral, List<String> tools, List<String> extras, List<String> companions,
                 List<Journal> journals) {
    }

    static final List<Theme> THEMES = List.of(
            new Theme("digital-health", "Digital health", true,
                    List.of("digital health", "mHealth", "mobile health", "telemedicine", "telehealth",
                            "wearable", "wearables", "remote monitoring", "electronic health records"),
                    List.of("telemedicine services for chronic kidney disease",
                            "mHealth apps for hypertension self-management",
                            "wearable sensors for gait monitoring", "remote monitoring of heart failure",
                            "interoperability of electronic health records",
                            "digital health interventions for maternal care",
                            "telehealth follow-up after stroke", "wearable ECG patches for atrial fibrillation",
                            "mobile health messaging for tuberculosis treatment adherence"),
                    List.of("smartphone-based follow-up of hypertension", "SMS reminders for antenatal visits",
                            "home blood-pressure readings shared with clinicians"),
                    List.of("wearable sensors", "a telemedicine platform", "mHealth tools"),
                    List.of("hypertension", "maternal health", "patient engagement", "interoperability",
                            "usability", "primary care"),
                    List.of("healthcare-ai", "physician-training", "urban-design"),
                    List.of(new Journal("The Lancet Digital Health", "10.1016", "j.landig."),
                            new Journal("npj Digital Medicine", "10.1038", "s41746-"),
                            new Journal("JMIR mHealth and uHealth", "10.2196", "mhealth."),
                            new Journal("BMJ Global Health", "10.1136", "bmjgh-"))),
            new Theme("healthcare-ai", "AI in healthcare", true,
                    List.of("artificial intelligence", "AI", "machine learning", "deep learning", "neural network",
                            "neural networks", "large language model", "large language models", "computer vision"),
                    List.of("machine learning prediction of neonatal sepsis",
                            "deep learning segmentation of retinal images",
                            "large language models for clinical triage", "AI-assisted chest X-ray reporting",
                            "computer vision for skin lesion classification",
                            "artificial intelligence in diabetic retinopathy screening",
                            "explainable machine learning for antimicrobial prescribing",
                            "neural network models of cardiac electrophysiology"),
                    List.of("automated grading of retinal photographs",
                            "risk scores learned from routine hospital data",
                            "predicting readmission from discharge summaries"),
                    List.of("deep learning", "machine learning", "explainable AI", "neural networks"),
                    List.of("sepsis", "diabetic retinopathy", "tuberculosis", "triage", "image segmentation",
                            "explainability", "chest radiography"),
                    List.of("digital-health", "robotics", "physician-training"),
                    List.of(new Journal("Nature Machine Intelligence", "10.1038", "s42256-"),
                            new Journal("Medical Image Analysis", "10.1016", "j.media."),
                            new Journal("IEEE Journal of Biomedical and Health Informatics", "10.1109", "JBHI."),
                            new Journal("The Lancet Digital Health", "10.1016", "j.landig."))),
            new Theme("quantum", "Quantum technologies", false,
                    List.of("quantum", "qubit", "qubits", "quantum sensing", "photonic", "photonics"),
                    List.of("quantum sensing of neural magnetic fields",
                            "photonic integrated circuits for spectroscopy",
                            "superconducting qubit coherence", "nitrogen-vacancy quantum magnetometry",
                            "quantum key distribution over metropolitan fibre",
                            "quantum-enhanced magnetic resonance imaging",
                            "photonic biosensors for point-of-care diagnostics",
                            "qubit readout with parametric amplifiers"),
                    List.of("optically pumped magnetometers for brain imaging", "nitrogen-vacancy centres in diamond",
                            "single-photon detectors at telecom wavelengths"),
                    List.of("quantum sensing", "photonic sensors"),
                    List.of("magnetometry", "spectroscopy", "superconducting circuits", "diamond", "single photons",
                            "cryogenics"),
                    List.of("healthcare-ai"),
                    List.of(new Journal("Physical Review Letters", "10.1103", "PhysRevLett."),
                            new Journal("Nature Photonics", "10.1038", "s41566-"),
                            new Journal("npj Quantum Information", "10.1038", "s41534-"),
                            new Journal("Optica", "10.1364", "OPTICA."))),
            new Theme("robotics", "Robotics", false,
                    List.of("robot", "robots", "robotic", "robotics", "exoskeleton", "exoskeletons", "teleoperation"),
                    List.of("robotic ultrasound scanning", "soft robotic grippers for fragile tissue",
                            "lower-limb exoskeletons for stroke rehabilitation",
                            "teleoperation of endoscopic instruments",
                            "robotic capsule endoscopy", "autonomous mobile robots in hospital wards",
                            "a low-cost robot for physiotherapy at home", "magnetically actuated micro-robots"),
                    List.of("autonomous navigation in hospital corridors", "haptic feedback for remote surgery",
                            "continuum manipulators for minimally invasive surgery"),
                    List.of("a robotic platform", "robotic automation"),
                    List.of("rehabilitation", "minimally invasive surgery", "control systems", "haptics",
                            "endoscopy", "soft actuators"),
                    List.of("healthcare-ai", "physician-training"),
                    List.of(new Journal("IEEE Transactions on Robotics", "10.1109", "TRO."),
                            new Journal("Science Robotics", "10.1126", "scirobotics."),
                            new Journal("IEEE Robotics and Automation Letters", "10.1109", "LRA."),
                            new Journal("Soft Robotics", "10.1089", "soro."))),
            new Theme("liver-tissue-engineering", "Liver tissue engineering", false,
                    List.of("liver", "hepatocyte", "hepatocytes", "hepatic", "tissue engineering", "organoid",
                            "organoids", "bioprinting", "bioprinted"),
                    List.of("hepatocyte-laden hydrogels", "liver organoids from induced pluripotent stem cells",
                            "bioprinted hepatic lobules", "decellularised liver scaffolds",
                            "tissue engineering of bile ducts", "hepatic stellate cell activation on soft substrates",
                            "liver-on-a-chip models of drug toxicity",
                            "organoids for non-alcoholic fatty liver disease"),
                    List.of("cholangiocyte culture in perfused scaffolds",
                            "extracellular matrix stiffness and fibrosis",
                            "microfluidic co-culture of parenchymal cells"),
                    List.of("liver organoids", "bioprinted hepatic tissue", "hepatocyte co-culture"),
                    List.of("hydrogels", "microfluidics", "fibrosis", "drug toxicity", "stem cells",
                            "extracellular matrix"),
                    List.of("healthcare-ai", "robotics", "quantum"),
                    List.of(new Journal("Journal of Hepatology", "10.1016", "j.jhep."),
                            new Journal("Biomaterials", "10.1016", "j.biomaterials."),
                            new Journal("Hepatology", "10.1097", "HEP."),
                            new Journal("Biofabrication", "10.1088", "1758-5090/"))),
            new Theme("urban-design", "Equitable urban design", false,
                    List.of("urban design", "urban planning", "built environment", "informal settlement",
                            "informal settlements", "walkability", "urban heat", "equitable cities"),
                    List.of("urban heat exposure in informal settlements", "walkability of Indian cities",
                            "the built environment and physical activity", "urban planning for flood resilience",
                            "equitable cities and access to green space", "urban design for healthy ageing",
                            "sanitation access in informal settlements", "urban design for safer streets"),
                    List.of("street networks and pedestrian safety", "tree cover and night-time temperatures",
                            "public transport access for people with disabilities"),
                    List.of("urban design principles", "built environment data", "walkability indices"),
                    List.of("climate adaptation", "green space", "sanitation", "road safety", "GIS", "health equity"),
                    List.of("digital-health", "healthcare-ai"),
                    List.of(new Journal("Urban Studies", "10.1177", "00420980"),
                            new Journal("Landscape and Urban Planning", "10.1016", "j.landurbplan."),
                            new Journal("Cities", "10.1016", "j.cities."),
                            new Journal("Environment and Urbanization", "10.1177", "09562478"))),
            new Theme("physician-training", "Physician training", true,
                    List.of("medical education", "physician training", "postgraduate medical", "clinical training",
                            "simulation-based training", "competency-based", "medical school", "medical students"),
                    List.of("simulation-based training for emergency obstetric care",
                            "structured postgraduate medical education",
                            "competency-based assessment of surgical residents",
                            "physician training in point-of-care ultrasound",
                            "clinical training in rural district hospitals", "wellbeing of medical students",
                            "curriculum design for a new medical school", "feedback in postgraduate medical training"),
                    List.of("workplace-based assessment of trainees", "faculty development for clinical teachers",
                            "selection interviews for specialty posts"),
                    List.of("simulation-based training", "a competency-based curriculum"),
                    List.of("assessment", "curriculum", "faculty development", "feedback", "simulation", "wellbeing"),
                    List.of("digital-health", "healthcare-ai", "robotics"),
                    List.of(new Journal("Medical Education", "10.1111", "medu."),
                            new Journal("BMC Medical Education", "10.1186", "s12909-"),
                            new Journal("Academic Medicine", "10.1097", "ACM."),
                            new Journal("The National Medical Journal of India", "10.25259", "NMJI."))));

    /** Relative weights of the themes above as a paper's primary theme. */
    private static final int[] THEME_WEIGHTS = {18, 22, 12, 12, 12, 10, 8};

    /** Phrases in no theme: a paper made only of these is "unclassified". Some are near misses on purpose. */
    private static final List<String> UNTHEMED_TOPICS = List.of(
            "monsoon rainfall variability over peninsular India", "antimicrobial resistance in neonatal intensive care",
            "delivering HIV/AIDS care in community clinics", "quantitative proteomics of Mycobacterium tuberculosis",
            "carbon capture in metal-organic frameworks", "groundwater arsenic in the Ganges delta",
            "air quality and childhood asthma in Delhi", "perovskite solar cell degradation under humid conditions",
            "labour migration and household health spending", "snakebite envenoming in rural South India");

    private static final List<Journal> GENERAL_JOURNALS = List.of(
            new Journal("PLOS ONE", "10.1371", "journal.pone."),
            new Journal("Nature Communications", "10.1038", "s41467-"),
            new Journal("BMJ Open", "10.1136", "bmjopen-"),
            new Journal("Scientific Reports", "10.1038", "s41598-"),
            new Journal("Current Science", "10.18520", "cs/"));

    private static final List<Journal> CONFERENCES = List.of(
            new Journal("Medical Image Computing and Computer Assisted Intervention (MICCAI)", "10.1007", "978-3-031-"),
            new Journal("IEEE International Conference on Robotics and Automation (ICRA)", "10.1109", "ICRA."),
            new Journal("Annual International Conference of the IEEE Engineering in Medicine and Biology Society"
                    + " (EMBC)", "10.1109", "EMBC."),
            new Journal("CHI Conference on Human Factors in Computing Systems", "10.1145", "3544548."),
            new Journal("Conference on Lasers and Electro-Optics (CLEO)", "10.1364", "CLEO."));

    static final Journal MEDRXIV = new Journal("medRxiv", "10.1101", "");
    static final Journal ARXIV = new Journal("arXiv", "10.48550", "arXiv.");
    static final Journal BOOK = new Journal("Springer Handbook of Global Health Technologies", "10.1007", "978-981-");

    /** Title parts for any theme: openings, places and subtitles. */
    private static final List<String> METHODS = List.of("A systematic review of", "Rethinking", "Towards",
            "Advances in", "Challenges in", "Recent progress in");
    private static final List<String> CONTEXTS = List.of("", "", "", "", " in the UK and India", " in Bengaluru",
            " in India", " in São Paulo and Bengaluru", " in low-resource settings");
    private static final List<String> FRAMES = List.of("lessons from a UK–India partnership",
            "design considerations", "a scoping review", "a review", "theory and experiment",
            "towards clinical translation");

    /** Further title parts that only make sense for clinical themes. */
    private static final List<String> CLINICAL_METHODS = List.of("A randomised controlled trial of",
            "A mixed-methods evaluation of", "Barriers and facilitators to", "Long-term outcomes of",
            "A multicentre study of", "Cost-effectiveness of", "Scaling up");
    private static final List<String> CLINICAL_CONTEXTS = List.of(" in rural Karnataka", " across London boroughs",
            " for older adults", " in primary care", " during the COVID-19 pandemic", " in tertiary hospitals",
            " among women of reproductive age", " in district hospitals of South India");
    private static final List<String> CLINICAL_FRAMES = List.of("a prospective cohort study",
            "a pilot randomised trial", "protocol for a systematic review", "a qualitative study",
            "an implementation study", "a cross-sectional survey");

    private static final List<String> BUZZWORDS = List.of("smart cities", "digital twins", "black boxes",
            "one size fits all", "frugal innovation");

    /** Author keywords for any paper, and for papers in no theme; none is a theme keyword. */
    private static final List<String> GENERAL_KEYWORDS = List.of("India", "United Kingdom", "global health",
            "low- and middle-income countries", "international collaboration");
    private static final List<String> UNTHEMED_KEYWORDS = List.of("climate", "antimicrobial resistance", "proteomics",
            "air pollution", "groundwater", "photovoltaics", "migration", "HIV", "snakebite");

    // ---------------------------------------------------------------- themes and titles

    static Theme pickTheme(SplittableRandom r) {
        return THEMES.get(weightedIndex(r, THEME_WEIGHTS));
    }

    /** A plausible second theme for a record whose main theme is {@code primary}. */
    static Theme pickCompanion(SplittableRandom r, Theme primary) {
        String id = pick(r, primary.companions());
        for (Theme t : THEMES) {
            if (t.id().equals(id)) {
                return t;
            }
        }
        throw new IllegalStateException("no theme " + id);
    }

    static String weighted(SplittableRandom r, String[] values, int[] weights) {
        return values[weightedIndex(r, weights)];
    }

    private static int weightedIndex(SplittableRandom r, int[] weights) {
        int total = 0;
        for (int w : weights) {
            total += w;
        }
        int x = r.nextInt(total);
        for (int i = 0; i < weights.length; i++) {
            x -= weights[i];
            if (x < 0) {
                return i;
            }
        }
        throw new AssertionError();
    }

    /** Theme ids as a {@code themes} column writes them, e.g. {@code quantum;robotics}; empty for none. */
    static String themeIds(Theme primary, Theme secondary) {
        if (primary == null) {
            return "";
        }
        return secondary == null || secondary == primary ? primary.id() : primary.id() + ";" + secondary.id();
    }

    static <T> T pick(SplittableRandom r, List<T> list) {
        return list.get(r.nextInt(list.size()));
    }

    static String pick(SplittableRandom r, String... values) {
        return values[r.nextInt(values.length)];
    }

    /**
     * A publication or grant title. {@code primary == null} gives an unclassified title;
     * {@code neutral} gives a title about the theme without any of its keywords.
     */
    static String title(SplittableRandom r, Theme primary, Theme secondary, boolean neutral) {
        String topic = primary == null ? pick(r, UNTHEMED_TOPICS)
                : pick(r, neutral ? primary.neutral() : primary.topics());
        boolean clinical = primary != null && primary.clinical();
        String context = clinical && r.nextBoolean() ? pick(r, CLINICAL_CONTEXTS) : pick(r, CONTEXTS);
        if (secondary != null) {
            return capitalise(topic) + " using " + pick(r, secondary.tools()) + context;
        }
        int template = r.nextInt(100);
        if (template < 35) {
            return capitalise(topic) + context + ": " + frame(r, clinical);
        } else if (template < 75 && primary != null) {
            return pick(r, clinical && r.nextBoolean() ? CLINICAL_METHODS : METHODS) + " " + topic + context;
        } else if (template < 99) {
            return capitalise(topic) + context;
        }
        return "Beyond \"" + pick(r, BUZZWORDS) + "\": " + topic + context;
    }

    private static final List<String> GRANT_VERBS = List.of("Developing", "Co-designing", "Evaluating",
            "Translating", "Scaling up", "Understanding", "Validating", "Piloting");

    /** A grant title: an aim, a topic (null: unclassified), perhaps a secondary theme's tool, perhaps a place. */
    static String grantTitle(SplittableRandom r, Theme primary, Theme secondary) {
        String topic = primary == null ? pick(r, UNTHEMED_TOPICS) : pick(r, primary.topics());
        String title = primary != null && r.nextInt(100) < 60 ? pick(r, GRANT_VERBS) + " " + topic : capitalise(topic);
        if (secondary != null) {
            title = title + " with " + pick(r, secondary.tools());
        }
        boolean clinical = primary != null && primary.clinical();
        return title + (clinical && r.nextBoolean() ? pick(r, CLINICAL_CONTEXTS) : pick(r, CONTEXTS));
    }

    private static String frame(SplittableRandom r, boolean clinical) {
        if (!clinical) {
            return pick(r, FRAMES);
        }
        return switch (r.nextInt(5)) {
            case 0 -> "evidence from " + (3 + r.nextInt(58)) + " hospitals";
            case 1 -> "a " + (2 + r.nextInt(9)) + "-year follow-up";
            case 2 -> pick(r, FRAMES);
            default -> pick(r, CLINICAL_FRAMES);
        };
    }

    static String capitalise(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    /** Author keywords: some of the themes' own keywords (always one when the title is neutral) and general ones. */
    static String keywords(SplittableRandom r, Theme primary, Theme secondary, boolean neutralTitle, String separator) {
        StringBuilder sb = new StringBuilder();
        if (primary != null && (neutralTitle || r.nextInt(100) < 60)) {
            sb.append(pick(r, primary.keywords()));
        }
        if (secondary != null && r.nextInt(100) < 50) {
            append(sb, pick(r, secondary.keywords()), separator);
        }
        int more = r.nextInt(4);
        for (int i = 0; i < more; i++) {
            List<String> from = r.nextInt(4) == 0 ? GENERAL_KEYWORDS
                    : primary == null ? UNTHEMED_KEYWORDS : primary.extras();
            append(sb, pick(r, from), separator);
        }
        return sb.toString();
    }

    private static void append(StringBuilder sb, String item, String separator) {
        if (sb.length() > 0) {
            sb.append(separator);
        }
        sb.append(item);
    }

    static Journal journal(SplittableRandom r, Theme primary) {
        return primary == null || r.nextInt(100) < 20 ? pick(r, GENERAL_JOURNALS) : pick(r, primary.journals());
    }

    static Journal conference(SplittableRandom r) {
        return pick(r, CONFERENCES);
    }
}
