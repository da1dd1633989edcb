package io.shipgate.gateway.platform.db;

import java.io.File;
import java.io.IOException;
import java.lang.ProcessBuilder.Redirect;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.springframework.util.FileSystemUtils;

/** JVMs and programs that the embedded PostgreSQL's tests start, as this user or as another one. */
final class ChildJvm {

    private ChildJvm() {
    }

    /** A JVM running {@code mainClass} with {@code arguments} in {@code workDir}, its output in {@code output}. */
    static ProcessBuilder of(List<String> asUser, String classpath, Path workDir, Class<?> mainClass, Path output,
                             String... arguments) {
        List<String> command = new ArrayList<>(asUser);
        command.addAll(List.of(ProcessHandle.current().info().command().orElseThrow(), "-cp", classpath, mainClass.getName()));
        command.addAll(List.of(arguments));
        return new ProcessBuilder(command).directory(workDir.toFile()).redirectErrorStream(true).redirectOutput(output.toFile());
    }

    /** {@code runuser -u <user> --}: what runs a command as another user, when the tests run as root. */
    static List<String> asUser(String user) {
        return List.of("runuser", "-u", user, "--");
    }

    /** Waits for the first output line that starts with {@code prefix} and returns the rest of it. */
    static String awaitLine(Process child, Path output, String prefix) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (System.nanoTime() < deadline) {
            try (Stream<String> lines = Files.lines(output)) {
                var line = lines.filter(candidate -> candidate.startsWith(prefix)).findFirst();
                if (line.isPresent()) {
                    return line.get().substring(prefix.length()).strip();
                }
            }
            if (!child.isAlive()) {
                break;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("the child JVM printed no line starting with " + prefix + "; its output:\n" + Files.readString(output));
    }

    /** The classpath's entries copied (or hard-linked) into {@code target}, for a user who cannot read the originals. */
    static String readableCopyOf(String classpath, Path target) throws IOException {
        List<String> entries = new ArrayList<>();
        for (String entry : classpath.split(File.pathSeparator)) {
            Path source = Path.of(entry);
            if (!Files.exists(source)) {
                continue;
            }
            Path copy = target.resolve(entries.size() + "-" + source.getFileName());
            Files.createDirectories(target);
            if (Files.isDirectory(source)) {
                FileSystemUtils.copyRecursively(source, copy);
            } else {
                try {
                    Files.createLink(copy, source);
                } catch (IOException | UnsupportedOperationException e) {
                    Files.copy(source, copy);
                }
            }
            entries.add(copy.toString());
        }
        return String.join(File.pathSeparator, entries);
    }

    /** Runs a program to its end, output discarded, and returns its exit code. */
    static int run(String... command) throws IOException, InterruptedException {
        return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(Redirect.DISCARD).start().waitFor();
    }

    /** Creates a system user for a test (as root) unless it exists; false if useradd or runuser are missing. */
    static boolean ensureUser(String user) throws IOException, InterruptedException {
        if (run("sh", "-c", "command -v useradd && command -v runuser") != 0) {
            return false;
        }
        return run("id", "-u", user) == 0
                || run("useradd", "--system", "--no-create-home", "--shell", "/usr/sbin/nologin", user) == 0;
    }
}
