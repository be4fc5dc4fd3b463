package app.haven.audit;

import app.haven.platform.KeyRing;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The hash that links each audit entry to the one before it: HMAC-SHA256 under the chain key (ADR 0010), as
 * lower-case hex, over a canonical serialisation of the entry's content, the key's id and the previous entry's
 * hash. Entries written before the chain was keyed carry plain SHA-256 over the version 1 form ({@link #of}).
 *
 * <p>The canonical form is one line per field in a fixed order, {@code name=<length>:<value>}, or
 * {@code name=null} when absent. The length prefix makes it unambiguous whatever a value contains (a reason
 * may hold newlines or "="), so no two different entries serialise alike.
 */
final class ChainHash {

    /** The "previous hash" of the first entry: there is none, so a fixed value stands in. */
    static final String GENESIS = "0".repeat(64);

    static final String VERSION = "haven-audit-v1";
    static final String KEYED_VERSION = "haven-audit-v2";

    private ChainHash() {}

    static String of(AuditEntry entry, String previousHash) {
        return sha256Hex(canonical(entry, previousHash));
    }

    /** The keyed hash: without the key, nobody can compute it, so a rewritten entry cannot be re-linked. */
    static String keyed(AuditEntry entry, String previousHash, KeyRing.Key key) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key.secret(), "HmacSHA256"));
            byte[] text = canonicalKeyed(entry, previousHash, key.id()).getBytes(StandardCharsets.UTF_8);
            return HexFormat.of().formatHex(mac.doFinal(text));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every Java platform must provide HmacSHA256", e);
        }
    }

    static String canonicalKeyed(AuditEntry entry, String previousHash, String keyId) {
        StringBuilder text = new StringBuilder(KEYED_VERSION).append('\n');
        field(text, "key_id", keyId);
        return fields(text, entry, previousHash);
    }

    static String canonical(AuditEntry entry, String previousHash) {
        return fields(new StringBuilder(VERSION).append('\n'), entry, previousHash);
    }

    private static String fields(StringBuilder text, AuditEntry entry, String previousHash) {
        field(text, "id", entry.id());
        field(text, "occurred_at", entry.occurredAt().toString());
        field(text, "user_id", entry.userId());
        field(text, "agency_id", entry.agencyId());
        field(text, "action", entry.action());
        field(text, "subject_type", entry.subjectType());
        field(text, "subject_id", entry.subjectId());
        field(text, "child_id", entry.childId());
        field(text, "reason", entry.reason());
        field(text, "request_id", entry.requestId());
        field(text, "client_address", entry.clientAddress());
        field(text, "previous_hash", previousHash);
        return text.toString();
    }

    private static void field(StringBuilder text, String name, Object value) {
        text.append(name).append('=');
        if (value == null) {
            text.append("null");
        } else {
            String s = value.toString();
            text.append(s.length()).append(':').append(s);
        }
        text.append('\n');
    }

    private static String sha256Hex(String text) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform must provide SHA-256", e);
        }
    }
}
