package vn.antq.cli;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * Writes a file all at once: the content goes to a hidden temporary file in the same directory, which
 * then replaces the target. A failure while writing leaves the target as it was and no temporary file.
 */
final class ReportFile {

    /** Writes content to a stream. */
    @FunctionalInterface
    interface Content {
        /** @param out where to write @throws IOException when writing fails */
        void writeTo(OutputStream out) throws IOException;
    }

    private ReportFile() {
    }

    /**
     * @param target  the file to create or replace; its directory must exist
     * @param content what to write
     * @throws IOException when the file cannot be written
     */
    static void write(Path target, Content content) throws IOException {
        Path absolute = target.toAbsolutePath();
        Path temporary = absolute.resolveSibling("." + absolute.getFileName() + "." + ProcessHandle.current().pid()
                + ".tmp");
        try {
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(temporary,
                    StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE))) {
                content.writeTo(out);
            }
            try {
                Files.move(temporary, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, absolute, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temporary);
        }
    }
}
