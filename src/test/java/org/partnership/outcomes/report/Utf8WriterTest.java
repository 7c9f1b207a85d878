package org.partnership.outcomes.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.poi.xssf.streaming.SheetDataWriter;
import org.junit.jupiter.api.Test;

/** The workbook's sheet writer: UTF-8 and XML escaping exactly as POI's own. */
class Utf8WriterTest {

    @Test
    void encodesAsUtf8WhateverTheCallsSplit() throws IOException {
        String text = "Bengaluru ₹ é 肝臓 𝄞 <&>" + "x".repeat(70_000) + "𝄞"; // past the buffer, ending on a pair
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (var writer = new FastStreamingWorkbook.Utf8Writer(bytes)) {
            int split = text.indexOf("𝄞") + 1; // between the two halves of the surrogate pair
            writer.write(text.toCharArray(), 0, split);
            writer.write(text, split, text.length() - split);
        }

        assertThat(bytes.toByteArray()).isEqualTo(text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void writesAQuestionMarkForALoneSurrogate() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (var writer = new FastStreamingWorkbook.Utf8Writer(bytes)) {
            writer.write("a\uD834b\uDD1Ec");
            writer.write('\uD834'); // a high surrogate left at the end
        }

        assertThat(bytes.toString(StandardCharsets.UTF_8)).isEqualTo("a?b?c?");
    }

    /** POI's own escaping and ours, on every character that needs care. */
    @Test
    void escapesTextExactlyAsPoiDoes() throws IOException {
        String tricky = "a<b>&\"c\td\ne\rf\u00a0g\u0001h\u001fi\uFFFEj\uFFFFk 𝄞 é 肝 '=SUM(A1)' ";
        for (String text : List.of(tricky, "", "plain", "<", tricky.repeat(3000))) {
            StringWriter poi = new StringWriter();
            new PoiProbe(poi).escape(text);
            StringWriter ours = new StringWriter();
            new OurProbe(ours).escape(text);
            assertThat(ours.toString()).isEqualTo(poi.toString());
        }
    }

    /** Escaping and encoding in one pass gives the bytes of POI's escaping, then encoding. */
    @Test
    void escapesAndEncodesInOnePass() throws IOException {
        String tricky = "a<b>&\"c\td\ne\rf\u00a0g\u0001h\u001fi\uFFFEj\uFFFFk 𝄞 é 肝 \uD834x \uDD1E'=SUM(A1)' ";
        for (String text : List.of(tricky, "", "plain", tricky.repeat(5000))) {
            StringWriter poi = new StringWriter();
            new PoiProbe(poi).escape(text);
            ByteArrayOutputStream expected = new ByteArrayOutputStream();
            try (var writer = new FastStreamingWorkbook.Utf8Writer(expected)) {
                writer.write(poi.toString());
            }
            ByteArrayOutputStream ours = new ByteArrayOutputStream();
            try (var writer = new FastStreamingWorkbook.Utf8Writer(ours)) {
                writer.writeEscaped(text);
            }
            assertThat(ours.toByteArray()).isEqualTo(expected.toByteArray());
        }
    }

    private static final class PoiProbe extends SheetDataWriter {
        PoiProbe(Writer out) throws IOException {
            super(out);
        }

        void escape(String text) throws IOException {
            outputEscapedString(text);
        }
    }

    private static final class OurProbe extends FastStreamingWorkbook.PlainSheetDataWriter {
        OurProbe(Writer out) throws IOException {
            super(out);
        }

        void escape(String text) throws IOException {
            outputEscapedString(text);
        }
    }
}
