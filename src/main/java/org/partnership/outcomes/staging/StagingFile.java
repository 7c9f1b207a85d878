package org.partnership.outcomes.staging;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.function.Consumer;

/**
 * An append-only file of staged records, each with the file index and line of its input row.
 * A chunk step adds a chunk's records, then {@link #flush}es them before the chunk's transaction
 * commits and saves the returned length in the step's execution context. On a restart the file is
 * cut back to the length of the last committed chunk, so a chunk written by a run that was killed
 * before its commit is neither lost nor doubled: the same contract as Spring Batch's own
 * restartable file writers.
 */
public final class StagingFile<T> implements AutoCloseable {

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

    /** Opens {@code path} for appending after its first {@code committedLength} bytes, dropping the rest. */
    public static <T> StagingFile<T> append(Path path, long committedLength, RecordCodec<T> codec) {
        try {
            Files.createDirectories(path.getParent());
            FileChannel channel = FileChannel.open(path, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            if (channel.size() < committedLength) {
                long size = channel.size();
                channel.close();
                throw new IllegalStateException("staging file " + path + " holds " + size + " bytes, fewer than the "
                        + committedLength + " its last committed chunk wrote: it was changed outside the job");
            }
            channel.truncate(committedLength);
            channel.position(committedLength);
            return new StagingFile<>(path, codec, channel, committedLength);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the staging file " + path + ": " + e.getMessage(), e);
        }
    }

    public void add(int fileIndex, long line, T record) {
        buffer.writeInt(fileIndex);
        buffer.writeLong(line);
        codec.write(buffer, record);
    }

    /** Writes what was added since the last flush; returns the file's length, to save as committed. */
    public long flush() {
        try {
            ByteBuffer bytes = ByteBuffer.wrap(buffer.bytes(), 0, buffer.size());
            while (bytes.hasRemaining()) {
                channel.write(bytes);
            }
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
        try (InputStream file = Files.newInputStream(path)) {
            StagingInput in = new StagingInput(file);
            while (in.consumed() < length && !in.atEnd()) {
                int fileIndex = in.readInt();
                long line = in.readLong();
                action.accept(new Staged<>(fileIndex, line, codec.read(in)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the staging file " + path + ": " + e.getMessage(), e);
        }
    }
}
