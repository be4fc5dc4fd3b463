package app.haven.audit;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.actuate.endpoint.annotation.ReadOperation;
import org.springframework.boot.actuate.endpoint.annotation.WriteOperation;
import org.springframework.stereotype.Component;

/**
 * {@code /actuator/auditchain}: verifies the chain for monitoring, which can alert when it breaks. Only users
 * with VIEW_AUDIT may call it (SecurityConfiguration).
 */
@Component
@Endpoint(id = "auditchain")
class AuditChainEndpoint {

    private final ChainVerifier verifier;
    private final ChainHeadPublisher publisher;

    AuditChainEndpoint(ChainVerifier verifier, ChainHeadPublisher publisher) {
        this.verifier = verifier;
        this.publisher = publisher;
    }

    /** {@code POST /actuator/auditchain}: publishes the chain's head now, after checking the newest entries. */
    @WriteOperation
    public Map<String, Object> publishHead() {
        Map<String, Object> body = new LinkedHashMap<>();
        Optional<ChainHead> head = publisher.publish();
        body.put("published", head.isPresent());
        head.ifPresent(published -> {
            body.put("entries", published.count());
            body.put("lastEntryId", published.lastId());
        });
        return body;
    }

    /** A flat map, so the JSON is the same whatever the JSON library makes of records and Optionals. */
    @ReadOperation
    public Map<String, Object> verify() {
        ChainVerification result = verifier.verify();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", result.isIntact() ? "intact" : "broken");
        body.put("entriesChecked", result.entriesChecked());
        body.put("summary", result.summary());
        result.firstBrokenLink().ifPresent(link -> {
            body.put("firstBrokenEntryId", link.entryId());
            body.put("problem", link.problem().description());
            body.put("detail", link.detail());
        });
        return body;
    }
}
