package org.partnership.outcomes.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import javax.xml.namespace.QName;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.apache.xmlbeans.SchemaType;
import org.apache.xmlbeans.SchemaTypeSystem;
import org.apache.xmlbeans.XmlError;
import org.apache.xmlbeans.XmlException;
import org.apache.xmlbeans.XmlObject;
import org.apache.xmlbeans.XmlOptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.WorksheetDocument;

/**
 * Every XML part of the workbook validates against the OOXML schemas that POI's
 * {@code poi-ooxml-full} compiles (ECMA-376 Part 1: SpreadsheetML, DrawingML, relationships,
 * document properties).
 */
class WorkbookSchemaTest {

    /**
     * Parts of the packaging conventions (ECMA-376 Part 2), whose schemas {@code poi-ooxml-full}
     * does not hold; POI's OPC code writes them.
     */
    private static final Set<String> PACKAGE_PARTS = Set.of("[Content_Types].xml", "docProps/core.xml");

    /** The compiled OOXML schemas, found through one of their types. */
    private static final SchemaTypeSystem SCHEMAS = WorksheetDocument.type.getTypeSystem();

    @Test
    void everyPartOfTheReportIsValid(@TempDir Path folder) throws IOException {
        ReportWriter.write(ReportFixture.data(), folder);
        assertAllPartsValid(folder.resolve(ReportWriter.workbookFileName(ReportFixture.data())));
    }

    @Test
    void everyPartIsValidWhenTablesContinueOnMoreSheets(@TempDir Path folder) throws IOException {
        new ReportWriter(3).writeInto(ReportFixture.data(), folder); // a header and two rows per sheet
        assertAllPartsValid(folder.resolve(ReportWriter.workbookFileName(ReportFixture.data())));
    }

    @Test
    void aPartThatBreaksTheSchemaIsFound() throws Exception {
        // a cell of type "x" does not exist in SpreadsheetML
        byte[] sheet = ("<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
                + "<sheetData><row r=\"1\"><c r=\"A1\" t=\"x\"><v>1</v></c></row></sheetData></worksheet>")
                .getBytes();
        assertFalse(errors(sheet).isEmpty());
    }

    private static void assertAllPartsValid(Path workbook) throws IOException {
        Map<String, List<String>> problems = new LinkedHashMap<>();
        int checked = 0;
        try (ZipFile zip = new ZipFile(workbook.toFile())) {
            for (ZipEntry entry : zip.stream().toList()) {
                String name = entry.getName();
                if (!(name.endsWith(".xml") || name.endsWith(".rels")) || PACKAGE_PARTS.contains(name)) {
                    continue;
                }
                List<String> errors;
                try {
                    errors = errors(zip.getInputStream(entry).readAllBytes());
                } catch (XmlException | XMLStreamException e) {
                    errors = List.of(e.getMessage());
                }
                if (!errors.isEmpty()) {
                    problems.put(name, errors);
                }
                checked++;
            }
        }
        assertEquals(Map.of(), problems);
        assertTrue(checked >= 12, "sheets, workbook, styles, drawing and their relationships: " + checked + " parts");
    }

    /** The schema errors of one part; a part whose root element no schema declares is an error too. */
    private static List<String> errors(byte[] part) throws XmlException, XMLStreamException, IOException {
        QName root = rootElement(part);
        SchemaType type = SCHEMAS.findDocumentType(root);
        if (type == null) {
            return List.of("no OOXML schema declares " + root);
        }
        XmlObject xml = SCHEMAS.parse(new ByteArrayInputStream(part), type, new XmlOptions());
        List<XmlError> errors = new ArrayList<>();
        xml.validate(new XmlOptions().setErrorListener(errors));
        return errors.stream().map(XmlError::toString).toList();
    }

    private static QName rootElement(byte[] part) throws XMLStreamException {
        XMLStreamReader reader = XMLInputFactory.newFactory().createXMLStreamReader(new ByteArrayInputStream(part));
        try {
            reader.nextTag();
            return reader.getName();
        } finally {
            reader.close();
        }
    }
}
