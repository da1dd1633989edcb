package io.shipgate.gateway.platform.db;

import java.io.IOException;
import java.lang.ProcessBuilder.Redirect;
import java.nio.ByteBuffer;
import java.nio.channels.SeekableByteChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * PostgreSQL's own output (initdb, pg_ctl and the server log), appended to a file next to the data
 * directory rather than mixed into the gateway's log; it stays writable for a postmaster that
 * outlives a killed JVM. A start failure quotes the first problem line of that start's output.
 */
final class ServerLog {

    private static final long ROTATE_AT_BYTES = 10L * 1024 * 1024;
    private static final int MAX_SCAN_BYTES = 1024 * 1024;
    private static final Pattern PROBLEM = Pattern.compile("\\b(FATAL|PANIC|ERROR):|: error: ");

    private final Path file;
    private final long startOffset;

    private ServerLog(Path file, long startOffset) {
        this.file = file;
        this.startOffset = startOffset;
    }

    /** Prepares the log for a start: a log over 10 MB is moved to {@code <name>.1} first. */
    static ServerLog open(Path file) throws IOException {
        if (Files.exists(file) && Files.size(file) > ROTATE_AT_BYTES) {
            Files.move(file, file.resolveSibling(file.getFileName() + ".1"), StandardCopyOption.REPLACE_EXISTING);
        }
        if (!Files.exists(file)) { // statements that failed may be quoted in it: this user's only
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        }
        return new ServerLog(file, Files.size(file));
    }

    Path file() {
        return file;
    }

    /** Where PostgreSQL's processes write: appended to the file. */
    Redirect redirect() {
        return Redirect.appendTo(file.toFile());
    }

    /** The first line written since {@link #open} that reports a problem, e.g. {@code FATAL: ...}. */
    Optional<String> firstProblem() {
        try (SeekableByteChannel channel = Files.newByteChannel(file)) {
            ByteBuffer buffer = ByteBuffer.allocate((int) Math.min(MAX_SCAN_BYTES, Math.max(0, channel.size() - startOffset)));
            channel.position(startOffset).read(buffer);
            return new String(buffer.array(), 0, buffer.position(), StandardCharsets.UTF_8).lines()
                    .filter(line -> PROBLEM.matcher(line).find())
                    .map(String::strip)
                    .findFirst();
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
