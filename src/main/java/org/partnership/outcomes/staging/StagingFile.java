package org.partnership.outcomes.staging;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PushbackInputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.OptionalLong;
import java.util.function.Consumer;
import org.apache.commons.io.input.BoundedInputStream;
import org.apache.commons.io.input.UnsynchronizedBufferedInputStream;
import org.partnership.outcomes.InputProblem;

/**
 * An append-only file of staged records, each with the file index and line of its input row,
 * after a header of a magic number and the format's version.
 *
 * <p>A chunk step adds a chunk's records, then {@link #flush}es them before the chunk's
 * transaction commits and saves the returned length in the step's execution context. Like Spring
 * Batch's own file writers (their {@code forceSync} is off by default) it hands the bytes to the
 * operating system without forcing them to the disk: a killed process loses nothing, and forcing
 * at each commit would make the ingest wait for every byte to reach the disk (docs/design.md says
 * what that costs and what an operating-system crash can do). On a restart the file is cut back to the
 * length of the last committed chunk, so a chunk written by a run that was killed before its commit
 * is neither lost nor doubled: the same contract as Spring Batch's own restartable file writers.
 * A file written in another format (by another version of the job, before an upgrade) is refused.
 */
public final class StagingFile<T> implements AutoCloseable {

    /** "POST": a staging file of this job. */
    static final int MAGIC = 0x504F5354;
    /** Raised whenever a codec or the framing changes: a restart must not misread older files. */
    static final int VERSION = 2;
    static final int HEADER_BYTES = 8;

    private final Path path;
    private final RecordCodec<T> codec;
    private final FileChannel channel;
    private final StagingOutput buffer = new StagingOutput();
    private long length;

    private StagingFile(Path path, RecordCodec<T> codec, FileChannel channel, long length) {
        this.path = path;
        this.codec = codec;
        this.channel = channel;
        this.length = length;
    }

    /**
     * Opens {@code path} for appending after its first {@code committedLength} bytes, dropping the
     * rest; a file with nothing committed starts afresh with its header.
     */
    public static <T> StagingFile<T> append(Path path, long committedLength, RecordCodec<T> codec) {
        try {
            Files.createDirectories(path.getParent());
            FileChannel channel = FileChannel.open(path, StandardOpenOption.CREATE, StandardOpenOption.READ,
                    StandardOpenOption.WRITE);
            try {
                if (channel.size() < committedLength) {
                    throw new IllegalStateException("staging file " + path + " holds " + channel.size()
                            + " bytes, fewer than the " + committedLength
                            + " its last committed chunk wrote: it was changed outside the job");
                }
                if (committedLength > 0) {
                    checkHeader(path, Channels.newInputStream(channel.position(0)));
                }
                channel.truncate(committedLength);
                channel.position(committedLength);
            } catch (IOException | RuntimeException e) {
                channel.close();
                throw e;
            }
            StagingFile<T> file = new StagingFile<>(path, codec, channel, committedLength);
            if (committedLength == 0) {
                file.buffer.writeInt(MAGIC);
                file.buffer.writeInt(VERSION);
            }
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the staging file " + path + ": " + e.getMessage(), e);
        }
    }

    public void add(int fileIndex, long line, T record) {
        try {
            buffer.writeInt(fileIndex);
            buffer.writeLong(line);
            codec.write(buffer, record);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot stage a record for " + path + ": " + e.getMessage(), e);
        }
    }

    /** Writes what was added since the last flush; returns the file's length, to save as committed. */
    public long flush() {
        try {
            buffer.writeTo(Channels.newOutputStream(channel));
            length += buffer.size();
            buffer.clear();
            return length;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the staging file " + path + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        try {
            channel.close();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot close the staging file " + path + ": " + e.getMessage(), e);
        }
    }

    /** Every record of the file, in the order written; a file never written holds none. */
    public static <T> void forEach(Path path, RecordCodec<T> codec, Consumer<Staged<T>> action) {
        forEach(path, Long.MAX_VALUE, codec, action);
    }

    /** The records in the file's first {@code length} bytes: those of committed chunks. */
    public static <T> void forEach(Path path, long length, RecordCodec<T> codec, Consumer<Staged<T>> action) {
        if (length <= 0 || !Files.exists(path)) {
            return;
        }
        // Commons IO's buffer takes no lock for each byte that DataInputStream reads (one thread
        // reads); the pushback stream looks one byte ahead for the end of the records
        try (PushbackInputStream ahead = new PushbackInputStream(new UnsynchronizedBufferedInputStream.Builder()
                .setInputStream(BoundedInputStream.builder().setInputStream(Files.newInputStream(path))
                        .setMaxCount(length).get())
                .setBufferSize(1 << 16).get());
                DataInputStream in = new DataInputStream(ahead)) {
            checkHeader(path, in);
            StagingInput records = new StagingInput(in);
            while (true) {
                int next = ahead.read();
                if (next < 0) {
                    return;
                }
                ahead.unread(next);
                int fileIndex = in.readInt();
                long line = in.readLong();
                action.accept(new Staged<>(fileIndex, line, codec.read(records)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the staging file " + path + ": " + e.getMessage(), e);
        }
    }

    /**
     * Refuses a file that does not start with this version's header. Staged records outlive the
     * jar only when a failed run is restarted after an upgrade: that run must be finished by the
     * version that started it.
     */
    private static void checkHeader(Path path, InputStream in) throws IOException {
        DataInputStream data = new DataInputStream(in);
        byte[] header = data.readNBytes(HEADER_BYTES);
        ByteBuffer fields = ByteBuffer.wrap(header);
        int magic = header.length == HEADER_BYTES ? fields.getInt() : 0;
        int version = header.length == HEADER_BYTES ? fields.getInt() : 0;
        if (magic != MAGIC || version != VERSION) {
            throw new InputProblem(InputProblem.Kind.INPUT, path.toString(), OptionalLong.empty(),
                    "staged by another version of the job (staging format "
                            + (magic == MAGIC ? version : "unknown") + ", this version reads " + VERSION
                            + "): finish the failed run with the version that started it");
        }
    }
}
