package org.partnership.outcomes.csv;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;

/**
 * The text of a file for Commons CSV to parse: decoded strictly, without its byte-order mark, and
 * handed out in as large pieces as the parser asks for or, {@link #oneLineAtATime}, no further than
 * the end of the current line on each read.
 *
 * <p>Strict decoding ({@link CodingErrorAction#REPORT}) refuses the first byte that is not in the
 * charset, naming its line: lines end at CR, LF or CRLF, as Commons CSV counts them, so a file with
 * lone-CR line ends is named at the right line too. Handing out one line at a time means that the
 * parser's buffer never holds more than the rest of the line it is reading: after a record with
 * broken quoting, a new parser on this reader goes on at the next line. That costs a call per line,
 * so a file is read in large pieces until its first broken record, and one line at a time after it.
 * Readers of formats that are not CSV (Web of Science's tagged text) read through it too, for the
 * same strict decoding and line numbers.
 */
public final class LineReader extends Reader {

    /** Bytes that are not text in the file's charset. */
    public static final class UndecodableException extends IOException {
        final long line;

        UndecodableException(Charset charset, long line) {
            super("not valid " + charset.name() + " at line " + line);
            this.line = line;
        }

        /** The physical line the first undecodable byte is on. */
        public long line() {
            return line;
        }
    }

    private static final char CR = '\r';
    private static final char LF = '\n';
    private static final int BUFFER = 1 << 16;

    private final InputStream in;
    private final CharsetDecoder decoder;
    private final boolean oneLineAtATime;
    private final ByteBuffer bytes = ByteBuffer.allocate(BUFFER).flip();
    private final CharBuffer chars = CharBuffer.allocate(BUFFER).flip();
    private boolean inputEnded;
    private boolean decoded;
    private boolean started;
    /** Line ends handed out so far: CR, LF, and CRLF as one. */
    private long lineEnds;
    private boolean lastWasCr;

    private LineReader(InputStream in, Charset charset, boolean oneLineAtATime) {
        this.in = in;
        this.oneLineAtATime = oneLineAtATime;
        this.decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
    }

    /** Hands out as much text as is asked for on each read. */
    public static LineReader inLargePieces(InputStream in, Charset charset) {
        return new LineReader(in, charset, false);
    }

    /** Hands out text no further than the end of the current line on each read. */
    static LineReader oneLineAtATime(InputStream in, Charset charset) {
        return new LineReader(in, charset, true);
    }

    boolean isOneLineAtATime() {
        return oneLineAtATime;
    }

    /** Line ends handed out so far; after a whole line, the number of that line. */
    long lineEnds() {
        return lineEnds;
    }

    /** Skips to the start of line {@code line + 1}: the first {@code line} lines are passed over. */
    void skipLines(long line) throws IOException {
        char[] scratch = new char[BUFFER];
        while (lineEnds < line && read(scratch, 0, scratch.length) >= 0) {
            // each read ends at a line end at the latest
        }
    }

    @Override
    public int read(char[] buffer, int offset, int length) throws IOException {
        if (length == 0) {
            return 0;
        }
        if (!fill()) {
            return -1;
        }
        char[] text = chars.array();
        int start = chars.position();
        int end = start + Math.min(length, chars.remaining());
        int i = oneLineAtATime ? start : end;
        while (i < end) {
            char c = text[i++];
            if (c == LF) {
                break;
            }
            if (c == CR) {
                // a CRLF goes out whole, or a new parser would start on its LF: an empty line more
                if (i < chars.limit() && text[i] == LF) {
                    if (i < end) {
                        i++;
                    } else if (i - 1 > start) {
                        i--;
                    }
                }
                break;
            }
        }
        for (int k = start; k < i; k++) {
            char c = text[k];
            if (c == CR || c == LF && !lastWasCr) {
                lineEnds++;
            }
            lastWasCr = c == CR;
        }
        int n = i - start;
        System.arraycopy(text, start, buffer, offset, n);
        chars.position(i);
        return n;
    }

    /** Makes text readable, never ending in a CR while its LF may follow; false at the end. */
    private boolean fill() throws IOException {
        while ((!chars.hasRemaining() || endsWithCr() && chars.remaining() < chars.capacity()) && !decoded) {
            decodeMore();
        }
        if (!started) {
            started = true;
            if (chars.hasRemaining() && chars.get(chars.position()) == '\uFEFF') {
                chars.get();
            }
            return fill();
        }
        return chars.hasRemaining();
    }

    private boolean endsWithCr() {
        return chars.hasRemaining() && chars.get(chars.limit() - 1) == CR;
    }

    private void decodeMore() throws IOException {
        chars.compact();
        try {
            if (!inputEnded) {
                bytes.compact();
                int n = in.read(bytes.array(), bytes.position(), bytes.remaining());
                if (n < 0) {
                    inputEnded = true;
                } else {
                    bytes.position(bytes.position() + n);
                }
                bytes.flip();
            }
            CoderResult result = decoder.decode(bytes, chars, inputEnded);
            if (result.isError()) {
                throw new UndecodableException(decoder.charset(), lineOfDecoded());
            }
            if (inputEnded && !bytes.hasRemaining() && decoder.flush(chars).isUnderflow()) {
                decoded = true;
            }
        } finally {
            chars.flip();
        }
    }

    /** The line on which the text decoded so far (the buffer being in write mode) ends. */
    private long lineOfDecoded() {
        long line = lineEnds + 1;
        boolean afterCr = lastWasCr;
        char[] text = chars.array();
        for (int k = 0; k < chars.position(); k++) {
            char c = text[k];
            if (c == CR || c == LF && !afterCr) {
                line++;
            }
            afterCr = c == CR;
        }
        return line;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
