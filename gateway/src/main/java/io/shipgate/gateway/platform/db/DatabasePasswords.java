package io.shipgate.gateway.platform.db;

import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Properties;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The passwords of the embedded PostgreSQL's two roles: the superuser ({@value #SUPERUSER}), used
 * only at start-up to manage roles and the database, and the application role
 * ({@value ApplicationRole#NAME}), which the gateway connects as. They are generated at the first
 * start (256 random bits each) and kept in a file only this user can read (mode 0600), written
 * like {@code credentials.key}: a 0600 temporary file moved into place atomically.
 *
 * <p>Losing the file loses nothing: the next start generates new passwords and sets them.
 *
 * @param generated whether the file was created by this start (the passwords are not set in
 *                  PostgreSQL yet)
 */
record DatabasePasswords(String superuser, String application, boolean generated) {

    /** The superuser of the embedded PostgreSQL (zonky's initdb named it so, and so does ours). */
    static final String SUPERUSER = "postgres";

    private static final Logger log = LoggerFactory.getLogger(DatabasePasswords.class);
    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");
    private static final SecureRandom RANDOM = new SecureRandom();

    @Override
    public String toString() {
        return "DatabasePasswords[hidden]";
    }

    /** Reads the passwords from {@code file}, or generates them and writes the file. */
    static DatabasePasswords loadOrGenerate(Path file) throws IOException {
        if (Files.exists(file)) {
            return load(file);
        }
        DatabasePasswords passwords = new DatabasePasswords(random(), random(), true);
        Properties properties = new Properties();
        properties.setProperty(SUPERUSER, passwords.superuser());
        properties.setProperty(ApplicationRole.NAME, passwords.application());
        StringWriter text = new StringWriter();
        properties.store(text, "The passwords of Shipgate's embedded PostgreSQL, generated at its first start. Keep this"
                + " file private. Deleted, new passwords are generated and set at the next start.");
        Path tmp = Files.createTempFile(file.getParent(), file.getFileName().toString(), ".tmp",
                PosixFilePermissions.asFileAttribute(OWNER_ONLY));
        try {
            Files.writeString(tmp, text.toString());
            Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tmp);
        }
        log.info("Generated the passwords of the embedded PostgreSQL: {} (mode 0600)", file);
        return passwords;
    }

    private static DatabasePasswords load(Path file) throws IOException {
        if (!Files.getPosixFilePermissions(file).equals(OWNER_ONLY)) {
            log.warn("{} was readable or writable by others: made private (mode 0600)", file);
            Files.setPosixFilePermissions(file, OWNER_ONLY);
        }
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file)) {
            properties.load(reader);
        }
        String superuser = properties.getProperty(SUPERUSER, "");
        String application = properties.getProperty(ApplicationRole.NAME, "");
        if (superuser.isBlank() || application.isBlank()) {
            throw new IllegalStateException(file + " lacks the password of " + SUPERUSER + " or " + ApplicationRole.NAME
                    + ": delete it, and the next start generates and sets new passwords");
        }
        return new DatabasePasswords(superuser, application, false);
    }

    private static String random() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
