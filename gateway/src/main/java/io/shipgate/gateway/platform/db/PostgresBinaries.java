package io.shipgate.gateway.platform.db;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;

import com.sun.security.auth.module.UnixSystem;
import io.zonky.test.db.postgres.embedded.DefaultPostgresBinaryResolver;
import io.zonky.test.db.postgres.util.LinuxUtils;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.compressors.xz.XZCompressorInputStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.util.FileSystemUtils;

/**
 * PostgreSQL's programs (initdb, pg_ctl, postgres) from zonky's binaries jar, unpacked once into
 * a directory only this user can enter, and the command lines that run them.
 *
 * <p>The archive is unpacked into {@code <dir>/<digest of the archive>}: first into a temporary
 * folder, then renamed, so a half-unpacked copy is never used and two JVMs unpacking at once
 * (test runs) do not disturb each other. Copies of other archives (an older version) are removed.
 *
 * <p>PostgreSQL refuses to run as root. As root, its programs run in a user namespace
 * ({@code unshare -U}), where they are an unprivileged user that owns root's files; where the
 * kernel does not allow that, {@link EmbeddedPostgresServer} fails before getting here.
 */
final class PostgresBinaries {

    private static final Logger log = LoggerFactory.getLogger(PostgresBinaries.class);
    private static final String STAGING_PREFIX = ".unpacking-";

    private static volatile Path unpackedInThisJvm;

    private final Path home;
    private final boolean inUserNamespace;

    private PostgresBinaries(Path home, boolean inUserNamespace) {
        this.home = home;
        this.inUserNamespace = inUserNamespace;
    }

    /**
     * Unpacks the binaries into {@code dir} (made private: mode 0700) unless they are there
     * already, or unless this JVM unpacked them before (into a folder as private) and they are
     * still there: a JVM running several servers (tests) unpacks once.
     */
    static PostgresBinaries unpackInto(Path dir) throws IOException {
        Path earlier = unpackedInThisJvm;
        if (earlier != null && Files.isRegularFile(earlier.resolve("bin/postgres"))) {
            return new PostgresBinaries(earlier, inUserNamespace());
        }
        Files.createDirectories(dir);
        Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwx------"));
        Path home = dir.resolve(archiveDigest());
        if (!Files.isRegularFile(home.resolve("bin/postgres"))) {
            long started = System.nanoTime();
            Path staging = Files.createTempDirectory(dir, STAGING_PREFIX);
            try {
                try (InputStream archive = archive()) {
                    extract(archive, staging);
                }
                Files.move(staging, home, StandardCopyOption.ATOMIC_MOVE);
                log.info("Unpacked PostgreSQL into {} in {} ms", home, (System.nanoTime() - started) / 1_000_000);
            } catch (FileAlreadyExistsException | DirectoryNotEmptyException e) {
                log.debug("{} was unpacked meanwhile by another process", home);
            } finally {
                FileSystemUtils.deleteRecursively(staging);
            }
        }
        removeOthers(dir, home);
        unpackedInThisJvm = home;
        return new PostgresBinaries(home, inUserNamespace());
    }

    /** A process running {@code program} (initdb, pg_ctl, postgres) with {@code arguments}. */
    ProcessBuilder command(String program, List<String> arguments) {
        List<String> command = new ArrayList<>();
        if (inUserNamespace) {
            command.addAll(List.of("unshare", "-U"));
        }
        command.add(home.resolve("bin").resolve(program).toString());
        command.addAll(arguments);
        ProcessBuilder builder = new ProcessBuilder(command);
        // PGDATA, PGPORT, PGOPTIONS... of the gateway's environment are not meant for this server
        builder.environment().keySet().removeIf(name -> name.startsWith("PG"));
        return builder;
    }

    private static boolean inUserNamespace() {
        return new UnixSystem().getUid() == 0 && LinuxUtils.isUnshareAvailable();
    }

    private static InputStream archive() throws IOException {
        String os = System.getProperty("os.name");
        String arch = "amd64".equals(System.getProperty("os.arch")) ? "x86_64" : System.getProperty("os.arch");
        InputStream archive = os.startsWith("Linux") ? DefaultPostgresBinaryResolver.INSTANCE.getPgBinary("Linux", arch) : null;
        if (archive == null) {
            throw new IOException("this build carries PostgreSQL binaries for Linux x86_64 only, not for " + os + " " + arch);
        }
        return new BufferedInputStream(archive);
    }

    private static String archiveDigest() throws IOException {
        try (DigestInputStream in = new DigestInputStream(archive(), MessageDigest.getInstance("SHA-256"))) {
            in.transferTo(OutputStream.nullOutputStream());
            return HexFormat.of().formatHex(in.getMessageDigest().digest(), 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void extract(InputStream archive, Path target) throws IOException {
        try (TarArchiveInputStream tar = new TarArchiveInputStream(new XZCompressorInputStream(archive))) {
            for (TarArchiveEntry entry = tar.getNextEntry(); entry != null; entry = tar.getNextEntry()) {
                Path path = target.resolve(entry.getName()).normalize();
                if (!path.startsWith(target)) {
                    throw new IOException("the PostgreSQL archive has an entry outside its folder: " + entry.getName());
                }
                if (entry.isDirectory()) {
                    Files.createDirectories(path);
                    continue;
                }
                Files.createDirectories(path.getParent());
                if (entry.isSymbolicLink()) {
                    Files.deleteIfExists(path);
                    Files.createSymbolicLink(path, Path.of(entry.getLinkName()));
                } else if (entry.isFile()) {
                    Files.copy(tar, path, StandardCopyOption.REPLACE_EXISTING);
                    Files.setPosixFilePermissions(path, permissions(entry.getMode()));
                } else {
                    throw new IOException("unexpected entry in the PostgreSQL archive: " + entry.getName());
                }
            }
        }
    }

    /** Read and write for the owner, and execute where the archive says so: no one else enters the folder anyway. */
    private static Set<PosixFilePermission> permissions(int mode) {
        Set<PosixFilePermission> permissions = EnumSet.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);
        if ((mode & 0100) != 0) {
            permissions.add(PosixFilePermission.OWNER_EXECUTE);
        }
        return permissions;
    }

    /** Copies of other archives, and unpacking folders left by a JVM that died meanwhile, once they are old. */
    private static void removeOthers(Path dir, Path keep) throws IOException {
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir)) {
            for (Path entry : entries) {
                boolean staging = entry.getFileName().toString().startsWith(STAGING_PREFIX);
                boolean stale = !staging || Files.getLastModifiedTime(entry).toMillis() < System.currentTimeMillis() - 3_600_000;
                if (!entry.equals(keep) && stale) {
                    log.info("Removing {} (PostgreSQL binaries no longer used)", entry);
                    FileSystemUtils.deleteRecursively(entry);
                }
            }
        }
    }
}
