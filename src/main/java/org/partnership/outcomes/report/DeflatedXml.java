package org.partnership.outcomes.report;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.SequenceInputStream;
import java.io.UncheckedIOException;
import java.util.Queue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.Inflater;
import java.util.zip.InflaterInputStream;

/**
 * A sheet's XML deflated while it is written, so that packing the workbook copies compressed bytes
 * instead of deflating hundreds of megabytes on one core at the end. The body is raw deflate ending
 * on a byte boundary and without a final block; deflate streams made that way can be joined, so the
 * zip entry is the sheet's deflated head, this body, then its deflated tail.
 */
final class DeflatedXml {

    /** The fastest level, as for the rest of the package: a few more megabytes, far less time. */
    static final int LEVEL = Deflater.BEST_SPEED;

    /** An empty final stored block: what ends a body that is read on its own. */
    private static final byte[] FINAL_BLOCK = {1, 0, 0, (byte) 0xff, (byte) 0xff};

    private DeflatedXml() {
    }

    /**
     * Deflates what is written to it into {@code file}, counting the bytes and their CRC-32. The
     * deflating is done on another thread, block by block in order, so that the thread writing a
     * sheet's XML is not slowed by it: at a million rows the Publications sheet is the longest task
     * of the report, and its deflating took about as long as its XML.
     */
    static final class Sink extends OutputStream {
        private static final int BLOCK = 1 << 18;
        /** Blocks handed over and not yet deflated: enough to keep both threads busy. */
        private static final int IN_FLIGHT = 4;
        private static final ExecutorService DEFLATING = Executors.newCachedThreadPool(task -> {
            Thread thread = new Thread(task, "sheet-deflater");
            thread.setDaemon(true);
            return thread;
        });

        private final OutputStream file;
        private final Deflater deflater = new Deflater(LEVEL, true);
        private final CRC32 crc = new CRC32();
        private final byte[] compressed = new byte[1 << 16];
        private final Semaphore inFlight = new Semaphore(IN_FLIGHT);
        private final Queue<byte[]> freeBlocks = new ConcurrentLinkedQueue<>();
        private CompletableFuture<Void> deflated = CompletableFuture.completedFuture(null);
        private byte[] block = new byte[BLOCK];
        private int used;
        private long size;
        private long compressedSize;
        private boolean closed;

        Sink(OutputStream file) {
            this.file = file;
        }

        @Override
        public void write(int b) throws IOException {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] bytes, int offset, int length) throws IOException {
            while (length > 0) {
                int n = Math.min(length, BLOCK - used);
                System.arraycopy(bytes, offset, block, used, n);
                used += n;
                offset += n;
                length -= n;
                if (used == BLOCK) {
                    handOver();
                }
            }
        }

        private void handOver() throws IOException {
            if (deflated.isCompletedExceptionally()) {
                awaitDeflated(); // throws the failure
            }
            byte[] full = block;
            int length = used;
            byte[] free = freeBlocks.poll();
            block = free != null ? free : new byte[BLOCK];
            used = 0;
            inFlight.acquireUninterruptibly();
            deflated = deflated.thenRunAsync(() -> deflate(full, length), DEFLATING);
            deflated.whenComplete((done, failure) -> {
                freeBlocks.add(full);
                inFlight.release();
            });
        }

        private void deflate(byte[] bytes, int length) {
            crc.update(bytes, 0, length);
            size += length;
            deflater.setInput(bytes, 0, length);
            try {
                while (!deflater.needsInput()) {
                    drain(Deflater.NO_FLUSH);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        private void awaitDeflated() throws IOException {
            try {
                deflated.join();
            } catch (CompletionException e) {
                if (e.getCause() instanceof UncheckedIOException io) {
                    throw io.getCause();
                }
                throw e;
            }
        }

        /** Ends the body on a byte boundary, with no final block, so that more may follow it. */
        @Override
        public void close() throws IOException {
            if (closed) {
                return;
            }
            closed = true;
            try (file) {
                if (used > 0) {
                    handOver();
                }
                awaitDeflated();
                while (drain(Deflater.SYNC_FLUSH) == compressed.length) {
                    // a full buffer may have more behind it
                }
            } finally {
                deflater.end();
            }
        }

        private int drain(int flush) throws IOException {
            int n = deflater.deflate(compressed, 0, compressed.length, flush);
            file.write(compressed, 0, n);
            compressedSize += n;
            return n;
        }

        Body body(InputStream compressedFile) {
            return new Body(compressedFile, size, crc.getValue(), compressedSize);
        }
    }

    /**
     * A deflated body read back: as XML through {@link #read}, like any sheet's data, or as its
     * compressed bytes through {@link #raw()}, for the zip entry.
     */
    static final class Body extends InflaterInputStream {
        private final InputStream compressedFile;
        final long size;
        final long crc;
        final long compressedSize;

        private Body(InputStream compressedFile, long size, long crc, long compressedSize) {
            super(new SequenceInputStream(compressedFile, new ByteArrayInputStream(FINAL_BLOCK)), new Inflater(true));
            this.compressedFile = compressedFile;
            this.size = size;
            this.crc = crc;
            this.compressedSize = compressedSize;
        }

        /** The compressed bytes, with no final block. */
        InputStream raw() {
            return compressedFile;
        }

        @Override
        public void close() throws IOException {
            try {
                super.close();
            } finally {
                inf.end();
            }
        }
    }

    /** {@code bytes} deflated on their own: {@code last} ends the stream, otherwise it may go on. */
    static byte[] deflate(byte[] bytes, boolean last) {
        Deflater deflater = new Deflater(LEVEL, true);
        try {
            deflater.setInput(bytes);
            ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length / 4 + 64);
            byte[] buffer = new byte[1 << 14];
            if (last) {
                deflater.finish();
                while (!deflater.finished()) {
                    out.write(buffer, 0, deflater.deflate(buffer));
                }
            } else {
                int n;
                do {
                    n = deflater.deflate(buffer, 0, buffer.length, Deflater.SYNC_FLUSH);
                    out.write(buffer, 0, n);
                } while (n == buffer.length);
            }
            return out.toByteArray();
        } finally {
            deflater.end();
        }
    }

    static long crc(byte[] bytes) {
        CRC32 crc = new CRC32();
        crc.update(bytes);
        return crc.getValue();
    }

    /**
     * The CRC-32 of two byte sequences joined, from the CRC-32 of each and the second's length;
     * zlib's {@code crc32_combine}: appending {@code length} zero bytes to the first is a linear map
     * over GF(2), applied here by repeated squaring of the one-zero-bit operator.
     */
    static long combineCrc(long first, long second, long secondLength) {
        if (secondLength <= 0) {
            return first;
        }
        long[] even = new long[32]; // operator for 2^n zero bits, alternately even and odd powers
        long[] odd = new long[32];
        odd[0] = 0xedb88320L; // the CRC-32 polynomial, reflected: one zero bit
        for (int n = 1; n < 32; n++) {
            odd[n] = 1L << (n - 1);
        }
        square(even, odd); // two zero bits
        square(odd, even); // four zero bits
        long crc = first;
        long length = secondLength;
        do { // one zero byte first, then doubling
            square(even, odd);
            if ((length & 1) != 0) {
                crc = times(even, crc);
            }
            length >>= 1;
            if (length == 0) {
                break;
            }
            square(odd, even);
            if ((length & 1) != 0) {
                crc = times(odd, crc);
            }
            length >>= 1;
        } while (length != 0);
        return crc ^ second;
    }

    private static long times(long[] matrix, long vector) {
        long sum = 0;
        for (int i = 0; vector != 0; i++, vector >>>= 1) {
            if ((vector & 1) != 0) {
                sum ^= matrix[i];
            }
        }
        return sum;
    }

    private static void square(long[] square, long[] matrix) {
        for (int n = 0; n < 32; n++) {
            square[n] = times(matrix, matrix[n]);
        }
    }
}
