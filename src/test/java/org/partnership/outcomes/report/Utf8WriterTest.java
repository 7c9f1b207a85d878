package org.partnership.outcomes.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

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
}
