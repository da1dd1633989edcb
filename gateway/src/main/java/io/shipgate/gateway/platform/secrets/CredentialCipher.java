package io.shipgate.gateway.platform.secrets;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * Encrypts secrets at rest (carrier credentials, webhook signing secrets) with AES-256-GCM. Each value gets a fresh 96-bit nonce and
 * is bound to its tenant and account as associated data, so a ciphertext copied to another row
 * does not decrypt. The key comes from {@code shipgate.secrets.credentials-key} (base64, 32 bytes);
 * with the embedded database and no key configured, one is generated once into a 0600 file next
 * to the data. Every node of a cluster must share the configured key.
 */
@Component
public class CredentialCipher {

    private static final Logger LOG = LoggerFactory.getLogger(CredentialCipher.class);
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final SecretKeySpec key;
    private final String keyId;
    private final SecureRandom random = new SecureRandom();

    CredentialCipher(@Value("${shipgate.secrets.credentials-key:}") String configuredKey,
                     @Value("${shipgate.secrets.generated-key-file:./shipgate-data/credentials.key}") Path generatedKeyFile,
                     @Value("${spring.datasource.url:}") String externalDatabaseUrl) {
        byte[] raw;
        if (!configuredKey.isBlank()) {
            raw = decode(configuredKey.trim());
        } else if (externalDatabaseUrl.isBlank()) {
            raw = loadOrGenerate(generatedKeyFile);
        } else {
            throw new IllegalStateException("SHIPGATE_CREDENTIALS_KEY is not set: with an external database (SHIPGATE_DB_URL) every "
                    + "gateway node must share one key to encrypt carrier credentials. Create one with 'openssl rand -base64 32'.");
        }
        this.key = new SecretKeySpec(raw, "AES");
        this.keyId = HexFormat.of().formatHex(sha256(raw), 0, 4);
    }

    /** The id of the key that seals new values, stored next to each ciphertext. */
    public String keyId() {
        return keyId;
    }

    /**
     * A 32-byte key for another purpose, derived from this one (HMAC-SHA256 of the purpose): as
     * stable and as secret as the credentials key, and telling nothing about it.
     */
    public byte[] derivedKey(String purpose) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key.getEncoded(), "HmacSHA256"));
            return mac.doFinal(purpose.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every JDK has HMAC-SHA256", e);
        }
    }

    public byte[] seal(String plaintext, String associatedData) {
        byte[] nonce = new byte[NONCE_BYTES];
        random.nextBytes(nonce);
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(associatedData.getBytes(StandardCharsets.UTF_8));
            byte[] sealed = cipher.doFinal(plaintext.getBytes(StandardCharsets.UTF_8));
            return ByteBuffer.allocate(NONCE_BYTES + sealed.length).put(nonce).put(sealed).array();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot encrypt credentials", e);
        }
    }

    public String open(byte[] sealed, String associatedData, String sealedWithKeyId) {
        if (!keyId.equals(sealedWithKeyId)) {
            throw new IllegalStateException("secrets were encrypted with key " + sealedWithKeyId
                    + " but the configured key is " + keyId + ": configure the original SHIPGATE_CREDENTIALS_KEY");
        }
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, sealed, 0, NONCE_BYTES));
            cipher.updateAAD(associatedData.getBytes(StandardCharsets.UTF_8));
            return new String(cipher.doFinal(sealed, NONCE_BYTES, sealed.length - NONCE_BYTES), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("a secret cannot be decrypted (tampered, or moved to another row)");
        }
    }

    private static byte[] decode(String base64) {
        byte[] raw;
        try {
            raw = Base64.getDecoder().decode(base64);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("shipgate.secrets.credentials-key is not base64");
        }
        if (raw.length != 32) {
            throw new IllegalStateException("shipgate.secrets.credentials-key must be 32 bytes (base64 of 'openssl rand 32'), not " + raw.length);
        }
        return raw;
    }

    private byte[] loadOrGenerate(Path file) {
        try {
            if (Files.exists(file)) {
                return decode(Files.readString(file).trim());
            }
            Files.createDirectories(file.toAbsolutePath().getParent());
            byte[] raw = new byte[32];
            random.nextBytes(raw);
            Path tmp = Files.createTempFile(file.toAbsolutePath().getParent(), "credentials", ".tmp",
                    PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            Files.writeString(tmp, Base64.getEncoder().encodeToString(raw) + "\n");
            Files.move(tmp, file, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
            LOG.info("Generated the key that encrypts carrier credentials: {} (back it up with the database)", file.toAbsolutePath());
            return raw;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read or create the credentials key file " + file, e);
        }
    }

    private static byte[] sha256(byte[] raw) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(raw);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
