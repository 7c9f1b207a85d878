package org.partnership.outcomes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.jayway.jsonpath.JsonPath;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.math.MathContext;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFPictureShape;
import org.apache.poi.xslf.usermodel.XSLFShape;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.apache.poi.xslf.usermodel.XSLFTable;
import org.apache.poi.xslf.usermodel.XSLFTextShape;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.schemas.ooxml.system.ooxml.TypeSystemHolder;
import org.apache.xmlbeans.XmlBeans;
import org.apache.xmlbeans.XmlError;
import org.apache.xmlbeans.XmlObject;
import org.apache.xmlbeans.XmlOptions;
import org.openxmlformats.schemas.presentationml.x2006.main.CTPicture;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.partnership.outcomes.launch.ExitCode;

/**
 * The leadership pack of a whole run on {@code fixtures/small} as of 2026-08-15 (report quarter
 * FY2026-27 Q2 to date): the brief against {@code metrics.csv} and {@code run.json}, and where it
 * appears.
 */
class LeadershipPackEndToEndTest {

    static final String QUARTER = "FY2026-27 Q2";
    static final List<String> COMPARED = List.of("FY2026-27 Q2", "FY2026-27 Q1", "FY2025-26 Q2");

    @TempDir
    static Path workDir;

    static JobRun job;
    static JobRun.Result result;
    static Path report;

    @BeforeAll
    static void runJob() {
        job = new JobRun(workDir);
        result = job.run(JobRun.fixture("small"), "--as-of=2026-08-15");
        report = job.report("FY2026-27-Q2");
    }

    static String brief() {
        return JobRun.read(report.resolve("quarter-in-brief.md"));
    }

    @Test
    void theBriefIsWrittenBesideTheWorkbook() {
        assertThat(result.code()).isEqualTo(ExitCode.SUCCESS);
        String[] lines = brief().split("\n");
        assertThat(lines[0]).isEqualTo("# FY2026-27 Q2 in brief");
        long bullets = brief().lines().filter(l -> l.startsWith("- ")).count();
        assertThat(bullets).isBetween(5L, 10L);
        assertThat(brief()).contains("FY2026-27 Q2 is not over: its figures run to 15 Aug 2026");
    }

    /**
     * Every number of the brief is a figure of metrics.csv for the three quarters compared (any
     * theme), a change between two of them, a change in per cent, or a row count of run.json, to
     * the precision shown. Period labels, dates and the comparison threshold are not figures.
     */
    @Test
    void everyNumberInTheBriefIsInMetricsCsvOrRunJson() {
        List<BigDecimal> figures = new ArrayList<>();
        List<BigDecimal> percents = new ArrayList<>(); // shares and changes in per cent, x 100
        List<BigDecimal> points = new ArrayList<>(); // changes of shares, x 100
        List<String[]> rows = JobRun.read(report.resolve("metrics.csv")).lines().skip(1).map(l -> l.split(",", -1))
                .filter(f -> COMPARED.contains(f[0]) && !f[5].isEmpty()).toList();
        for (String[] row : rows) {
            BigDecimal now = new BigDecimal(row[5]);
            figures.add(now);
            percents.add(now.movePointRight(2));
            if (!row[0].equals(QUARTER)) {
                continue;
            }
            for (String[] then : rows) {
                if (!then[0].equals(QUARTER) && then[3].equals(row[3]) && then[4].equals(row[4])) {
                    BigDecimal before = new BigDecimal(then[5]);
                    BigDecimal change = now.subtract(before).abs();
                    figures.add(change);
                    points.add(change.movePointRight(2));
                    if (before.signum() != 0) {
                        percents.add(change.divide(before.abs(), MathContext.DECIMAL64).movePointRight(2));
                    }
                }
            }
        }
        String runJson = JobRun.read(report.resolve("run.json"));
        List<Integer> read = JsonPath.read(runJson, "$.files[*].rows_read");
        List<Integer> rejected = JsonPath.read(runJson, "$.files[*].rows_rejected");
        figures.add(BigDecimal.valueOf(read.stream().mapToInt(Integer::intValue).sum()));
        figures.add(BigDecimal.valueOf(rejected.stream().mapToInt(Integer::intValue).sum()));

        String text = brief().replaceAll("FY\\d{4}-\\d{2}( Q\\d)?", "").replaceAll("\\d{1,2} [A-Z][a-z]{2} \\d{4}", "")
                .replaceAll("fewer than \\d+", "");
        Matcher number = Pattern.compile("(\\d[\\d,]*(\\.\\d+)?)(%| pp)?").matcher(text);
        int checked = 0;
        while (number.find()) {
            String digits = number.group(1).replace(",", "");
            BigDecimal shown = new BigDecimal(digits);
            BigDecimal halfStep = BigDecimal.ONE.movePointLeft(Math.max(0, shown.scale())).divide(BigDecimal.valueOf(2));
            List<BigDecimal> candidates = number.group(3) == null ? figures
                    : number.group(3).equals("%") ? percents : points;
            assertThat(candidates).as("%s in the brief", number.group())
                    .anyMatch(c -> c.subtract(shown).abs().compareTo(halfStep) <= 0);
            checked++;
        }
        assertThat(checked).isGreaterThan(10);
    }

    @Test
    void theBriefHeadsTheSummarySheet() throws IOException {
        String firstSentence = brief().lines().filter(l -> l.startsWith("- ")).findFirst().orElseThrow().substring(2);
        try (InputStream in = Files.newInputStream(report.resolve("partnership-report-FY2026-27-Q2.xlsx"));
                XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            XSSFSheet summary = workbook.getSheet("Summary");
            assertThat(workbook.getSheetIndex(summary)).isZero();
            assertThat(summary.getRow(4).getCell(0).getStringCellValue()).isEqualTo("FY2026-27 Q2 in brief");
            assertThat(summary.getRow(5).getCell(0).getStringCellValue()).isEqualTo("\u2022 " + firstSentence);
        }
    }

    @Test
    void theDeckHasTheSlidesLeadershipPresents() throws IOException {
        try (InputStream in = Files.newInputStream(report.resolve("partnership-report-FY2026-27-Q2.pptx"));
                XMLSlideShow deck = new XMLSlideShow(in)) {
            List<XSLFSlide> slides = deck.getSlides();
            // title, brief, headline table, four charts, themes table, closing
            assertThat(slides).hasSize(9);
            String title = text(slides.get(0));
            assertThat(title).contains("University College London", "Indian Institute of Science, Bengaluru",
                    "FY2026-27 Q2 (to date)", "As of 15 Aug 2026");
            assertThat(text(slides.get(1))).contains(brief().lines().filter(l -> l.startsWith("- ")).findFirst()
                    .orElseThrow().substring(2));
            assertThat(text(slides.get(2))).contains("Headline figures", "Joint publications");
            List<String> altTexts = new ArrayList<>();
            for (XSLFSlide slide : slides.subList(3, 7)) {
                for (XSLFShape shape : slide.getShapes()) {
                    if (shape instanceof XSLFPictureShape picture) {
                        altTexts.add(((CTPicture) picture.getXmlObject()).getNvPicPr().getCNvPr().getDescr());
                    }
                }
            }
            assertThat(altTexts).hasSize(4).allMatch(alt -> alt.length() > 40);
            assertThat(altTexts.get(0)).startsWith("Joint publications by theme").contains("All themes: 2 in FY2026-27 Q2");
            assertThat(text(slides.get(7))).contains("Quantum technologies", "Robotics", "Healthcare AI", "All themes");
            assertThat(text(slides.get(8))).contains("24 input rows read: 21 accepted, 3 rejected", "Definitions sheet");
        }
    }

    /**
     * Every XML part of the deck is valid against the OOXML schemas of poi-ooxml-full: the
     * relationship parts against its opc-relationships.xsd, the others against its compiled
     * schemas. The core properties (Dublin Core, whose schemas POI does not ship, and which POI
     * writes from its own properties) are left out.
     */
    @Test
    void everyXmlPartOfTheDeckIsValid() throws Exception {
        Schema relationships = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI)
                .newSchema(getClass().getResource("/org/apache/poi/schemas/ooxml/src/opc-relationships.xsd"));
        int validated = 0;
        try (OPCPackage pptx = OPCPackage.open(report.resolve("partnership-report-FY2026-27-Q2.pptx").toFile(),
                PackageAccess.READ)) {
            for (PackagePart part : pptx.getParts()) {
                String name = part.getPartName().getName();
                if (!part.getContentType().endsWith("xml") || name.equals("/docProps/core.xml")) {
                    continue;
                }
                try (InputStream in = part.getInputStream()) {
                    if (part.isRelationshipPart()) {
                        relationships.newValidator().validate(new StreamSource(in)); // throws on the first fault
                        validated++;
                        continue;
                    }
                    // POI's compiled schemas live under its own name, not where the context type loader looks
                    XmlObject xml = XmlBeans.typeLoaderUnion(TypeSystemHolder.typeSystem).parse(in, null, null);
                    assertThat(xml.schemaType().isDocumentType()).as("a schema for %s", name).isTrue();
                    List<XmlError> errors = new ArrayList<>();
                    boolean valid = xml.validate(new XmlOptions().setErrorListener(errors));
                    assertThat(errors).as("%s", name).isEmpty();
                    assertThat(valid).isTrue();
                    validated++;
                }
            }
        }
        assertThat(validated).isGreaterThan(20);
    }

    /**
     * The page as a reader sees it: headless Chromium prints it to an A4 PDF, and poppler's tools
     * read back its title, its text and its images.
     */
    @Test
    void theWebPageRendersInABrowserWithTheBriefAndFourCharts() throws Exception {
        Optional<String> chromium = onPath("chromium", "chromium-browser");
        assumeTrue(chromium.isPresent(), "chromium is not installed (apt-get install chromium): the page is not rendered");
        assumeTrue(onPath("pdftotext").isPresent() && onPath("pdfimages").isPresent() && onPath("pdfinfo").isPresent(),
                "poppler-utils is not installed (apt-get install poppler-utils): the printed page cannot be read");
        Path pdf = workDir.resolve("index.pdf");
        String output = run(chromium.get(), "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
                "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--user-data-dir=" + Files.createTempDirectory(workDir, "chromium"), "--no-pdf-header-footer",
                "--print-to-pdf=" + pdf, report.resolve("index.html").toUri().toString());
        assertThat(pdf).as("chromium printed nothing: %s", output).exists();

        assertThat(run("pdfinfo", pdf.toString())).contains("Partnership outcomes: FY2026-27 Q2 (to date)")
                .contains("(A4)");
        // lines break at spaces and hyphens, and pdftotext joins a hyphenated line without its hyphen
        String text = run("pdftotext", pdf.toString(), "-").replaceAll("[\\s-]+", "");
        String firstSentence = brief().lines().filter(l -> l.startsWith("- ")).findFirst().orElseThrow().substring(2);
        assertThat(text).contains(Stream.of("Partnership outcomes: FY2026-27 Q2 (to date)", "FY2026-27 Q2 in brief",
                firstSentence, "Headline figures").map(t -> t.replaceAll("[\\s-]+", "")).toArray(String[]::new));
        // pdfimages -list: two heading lines, then one line per image drawn; the charts are 1600 x 900
        List<String> images = run("pdfimages", "-list", pdf.toString()).lines().skip(2)
                .filter(l -> l.trim().split("\\s+")[3].equals("1600")).toList();
        assertThat(images).hasSize(4);
    }

    private static Optional<String> onPath(String... names) {
        for (String name : names) {
            for (String dir : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
                if (Files.isExecutable(Path.of(dir, name))) {
                    return Optional.of(Path.of(dir, name).toString());
                }
            }
        }
        return Optional.empty();
    }

    private static String run(String... command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(process.waitFor(120, java.util.concurrent.TimeUnit.SECONDS)).as("%s ends", command[0]).isTrue();
        return output;
    }

    static String text(XSLFSlide slide) {
        StringBuilder text = new StringBuilder();
        for (XSLFShape shape : slide.getShapes()) {
            if (shape instanceof XSLFTextShape box) {
                text.append(box.getText()).append('\n');
            } else if (shape instanceof XSLFTable table) {
                table.getRows().forEach(row -> row.getCells().forEach(cell -> text.append(cell.getText()).append('\t')));
            }
        }
        return text.toString();
    }
}
