package org.reachable.access.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.reachable.access.AuditEntry;

/**
 * SHA-256 over a row's content and the previous row's hash: change or delete any row and the chain breaks. Each field
 * is written with its length first, so text cannot be moved from one field to the next without changing the hash.
 */
final class AuditHash {

    private AuditHash() {
    }

    static String of(AuditEntry e, String previousHash) {
        StringBuilder canonical = new StringBuilder();
        for (String field : new String[] {Long.toString(e.seq()), e.at().toString(), String.valueOf(e.actorId()),
                e.actorName(), e.actorRole(), e.action().name(), e.allowed() ? "ALLOWED" : "DENIED",
                String.valueOf(e.personId()), e.resource(), e.purpose(), e.legalBasis(), previousHash}) {
            canonical.append(field.length()).append(':').append(field).append(';');
        }
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha.digest(canonical.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e1) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e1);
        }
    }
}
