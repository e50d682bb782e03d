package org.reachable.access.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.reachable.access.AuditEntry;

/** SHA-256 over a row's content and the previous row's hash: change or delete any row and the chain breaks. */
final class AuditHash {

    private AuditHash() {
    }

    static String of(AuditEntry e, String previousHash) {
        String canonical = String.join("\u001f",
                Long.toString(e.seq()), e.at().toString(), String.valueOf(e.actorId()), e.actorName(), e.actorRole(),
                e.action().name(), e.allowed() ? "ALLOWED" : "DENIED", String.valueOf(e.personId()), e.resource(),
                e.purpose(), e.legalBasis(), previousHash);
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha.digest(canonical.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e1) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e1);
        }
    }
}
