package app.haven.audit;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the audit chain's key and published heads live ({@code haven.audit.*}; ADR 0010).
 *
 * @param chainKeyFile the chain key file ({@code HAVEN_AUDIT_CHAIN_KEY_FILE}); empty means
 *     {@code audit-chain.key} in the data directory, made on first start; required with an external database
 * @param headFile the append-only file the chain's head is published to ({@code HAVEN_AUDIT_HEAD_FILE}); empty
 *     means {@code audit-heads.log} in the data directory; required with an external database
 * @param headInterval how often each node publishes the head ({@code HAVEN_AUDIT_HEAD_INTERVAL})
 */
@ConfigurationProperties("haven.audit")
record AuditSettings(String chainKeyFile, String headFile, Duration headInterval) {

    static final String KEY_FILE_VARIABLE = "HAVEN_AUDIT_CHAIN_KEY_FILE";
    static final String HEAD_FILE_VARIABLE = "HAVEN_AUDIT_HEAD_FILE";

    AuditSettings {
        chainKeyFile = chainKeyFile == null ? "" : chainKeyFile.strip();
        headFile = headFile == null ? "" : headFile.strip();
        headInterval = headInterval == null ? Duration.ofMinutes(5) : headInterval;
    }
}
