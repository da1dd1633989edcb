package io.shipgate.gateway.pages;

import io.shipgate.gateway.branding.BrandingService;
import io.shipgate.gateway.branding.NdrSelfServiceLinks;
import io.shipgate.gateway.branding.PublicLinks;
import io.shipgate.gateway.ndr.NdrSelfService;
import io.shipgate.gateway.platform.secrets.CredentialCipher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.web.util.UriUtils;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;

/**
 * The NDR self-service links ({@code /t/{slug}/ndr/{token}}): the token names the tenant, the case, when it expires
 * (72 h by default, never past the case's action deadline) and a random nonce, signed with HMAC-SHA256 under a server
 * key ({@code shipgate.pages.link-secret}, else derived from the credentials key). Its first use stores the nonce
 * ({@code page_link_uses}), so a link works once.
 */
@Component
class NdrLinks implements NdrSelfServiceLinks {

    private static final int PAYLOAD = 16 + 16 + 8 + 12;
    private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();

    /** A checked token: what it names, or why it is refused. */
    sealed interface Check {
    }

    record Valid(UUID tenantId, UUID caseId, Instant expiresAt, String nonce) implements Check {
    }

    enum Refused implements Check {
        INVALID, EXPIRED, USED
    }

    private final NdrSelfService ndr;
    private final BrandingService branding;
    private final PublicLinks links;
    private final JdbcClient jdbc;
    private final Clock clock;
    private final PagesProperties properties;
    private final SecretKeySpec key;
    private final SecureRandom random = new SecureRandom();

    NdrLinks(NdrSelfService ndr, BrandingService branding, PublicLinks links, JdbcClient jdbc, Clock clock, PagesProperties properties,
             CredentialCipher cipher) {
        this.ndr = ndr;
        this.branding = branding;
        this.links = links;
        this.jdbc = jdbc;
        this.clock = clock;
        this.properties = properties;
        byte[] secret;
        if (properties.linkSecret().isBlank()) {
            secret = cipher.derivedKey("shipgate.pages.ndr-links.v1");
        } else {
            try {
                secret = Base64.getDecoder().decode(properties.linkSecret().strip());
            } catch (IllegalArgumentException e) {
                throw new IllegalStateException("shipgate.pages.link-secret is not base64");
            }
            if (secret.length < 32) {
                throw new IllegalStateException("shipgate.pages.link-secret must hold at least 32 bytes (openssl rand -base64 32)");
            }
        }
        this.key = new SecretKeySpec(secret, "HmacSHA256");
    }

    /** The link to the shipment's open case, waiting for an action; empty when there is none. */
    @Override
    public Optional<String> link(UUID tenantId, UUID shipmentId) {
        return ndr.openCase(tenantId, shipmentId).filter(NdrSelfService.CustomerCase::waiting).map(c -> {
            Instant expires = clock.instant().plus(properties.linkValidity());
            if (c.deadline() != null && c.deadline().isBefore(expires)) {
                expires = c.deadline();
            }
            return links.baseUrl() + "/t/" + UriUtils.encodePathSegment(branding.get(tenantId).slug(), StandardCharsets.UTF_8) + "/ndr/"
                    + token(tenantId, c.id(), expires);
        });
    }

    String token(UUID tenantId, UUID caseId, Instant expires) {
        byte[] nonce = new byte[12];
        random.nextBytes(nonce);
        ByteBuffer payload = ByteBuffer.allocate(PAYLOAD)
                .putLong(tenantId.getMostSignificantBits()).putLong(tenantId.getLeastSignificantBits())
                .putLong(caseId.getMostSignificantBits()).putLong(caseId.getLeastSignificantBits())
                .putLong(expires.getEpochSecond()).put(nonce);
        return B64.encodeToString(payload.array()) + "." + B64.encodeToString(mac(payload.array()));
    }

    /** The token's signature, expiry and first use checked (for the tenant whose page it is opened on). */
    Check check(UUID tenantId, String token) {
        int dot = token.indexOf('.');
        if (token.length() > 200 || dot < 0) {
            return Refused.INVALID;
        }
        byte[] payload;
        byte[] signature;
        try {
            payload = Base64.getUrlDecoder().decode(token.substring(0, dot));
            signature = Base64.getUrlDecoder().decode(token.substring(dot + 1));
        } catch (IllegalArgumentException e) {
            return Refused.INVALID;
        }
        if (payload.length != PAYLOAD || !MessageDigest.isEqual(mac(payload), signature)) {
            return Refused.INVALID;
        }
        ByteBuffer b = ByteBuffer.wrap(payload);
        UUID tenant = new UUID(b.getLong(), b.getLong());
        UUID caseId = new UUID(b.getLong(), b.getLong());
        Instant expires = Instant.ofEpochSecond(b.getLong());
        if (!tenant.equals(tenantId)) {
            return Refused.INVALID;
        }
        String nonce = B64.encodeToString(java.util.Arrays.copyOfRange(payload, 40, PAYLOAD));
        if (used(nonce)) {
            return Refused.USED;
        }
        if (!clock.instant().isBefore(expires)) {
            return Refused.EXPIRED;
        }
        return new Valid(tenant, caseId, expires, nonce);
    }

    /** Takes the link's one use: false when it was taken already. */
    boolean claim(Valid link) {
        return jdbc.sql("""
                        INSERT INTO page_link_uses (nonce, tenant_id, case_id, used_at, expires_at) VALUES (?, ?, ?, ?, ?)
                        ON CONFLICT (nonce) DO NOTHING""")
                .params(link.nonce(), link.tenantId(), link.caseId(), Timestamp.from(clock.instant()), Timestamp.from(link.expiresAt()))
                .update() == 1;
    }

    /** Gives the use back: the action was refused (a wrong field, the carrier unavailable), the customer may try again. */
    void release(Valid link) {
        jdbc.sql("DELETE FROM page_link_uses WHERE nonce = ? AND tenant_id = ?").params(link.nonce(), link.tenantId()).update();
    }

    private boolean used(String nonce) {
        return jdbc.sql("SELECT count(*) FROM page_link_uses WHERE nonce = ?").param(nonce).query(Long.class).single() > 0;
    }

    private byte[] mac(byte[] payload) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return mac.doFinal(payload);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every JDK has HMAC-SHA256", e);
        }
    }
}
