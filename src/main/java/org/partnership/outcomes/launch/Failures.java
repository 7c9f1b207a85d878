package org.partnership.outcomes.launch;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;

/**
 * The one line of an unexpected failure: where a file operation failed, the path and the operating
 * system's reason ("Permission denied", "No space left on device"), which the exceptions of
 * {@code java.nio.file} keep apart and a bare write failure leaves out.
 */
final class Failures {

    private Failures() {
    }

    static String describe(Throwable failure, Path output) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof FileSystemException problem && problem.getFile() != null) {
                return problem.getFile() + ": " + reason(problem);
            }
        }
        Throwable root = root(failure);
        String message = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
        // a write to an open file names no path: the job writes only in the output folder (and its database)
        return root instanceof IOException ? "writing in " + output.toAbsolutePath().normalize() + ": " + message
                : message;
    }

    private static String reason(FileSystemException problem) {
        if (problem.getReason() != null) {
            return problem.getReason();
        }
        if (problem instanceof AccessDeniedException) {
            return "Permission denied";
        }
        if (problem instanceof NoSuchFileException) {
            return "No such file or directory";
        }
        if (problem instanceof FileAlreadyExistsException) {
            return "File exists";
        }
        if (problem instanceof NotDirectoryException) {
            return "Not a directory";
        }
        if (problem instanceof DirectoryNotEmptyException) {
            return "Directory not empty";
        }
        return problem.getClass().getSimpleName();
    }

    static Throwable root(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root;
    }
}
