package org.partnership.outcomes.staging;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Text is staged as the length and bytes of {@code String.getBytes(UTF_8)}, whatever it holds. */
class StagingOutputTest {

    private static final char[] CHARS = {'a', 'Z', ' ', '\u0000', '\u007f', '\u0080', 'é', '\u07ff', '\u0800', '肝',
        '\uffff', '\ud834', '\udd1e', '\udbff', '\udfff'};

    @Test
    void writesTheUtf8BytesOfAnyText() {
        Random random = new Random(5);
        StagingOutput out = new StagingOutput();
        for (int n = 0; n < 20_000; n++) {
            char[] text = new char[random.nextInt(12)];
            for (int i = 0; i < text.length; i++) { // lone and paired surrogates among the rest
                text[i] = CHARS[random.nextInt(CHARS.length)];
            }
            String s = new String(text);
            out.clear();
            out.writeText(s);
            byte[] expected = s.getBytes(StandardCharsets.UTF_8);
            byte[] written = Arrays.copyOf(out.bytes(), out.size());
            assertThat(Arrays.copyOfRange(written, 4, written.length)).as(s).isEqualTo(expected);
            assertThat(readInt(written)).isEqualTo(expected.length);
        }
    }

    private static int readInt(byte[] bytes) {
        return (bytes[0] & 0xff) << 24 | (bytes[1] & 0xff) << 16 | (bytes[2] & 0xff) << 8 | (bytes[3] & 0xff);
    }
}
