package app.haven.audit;

import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Publishes the chain's head outside the database at intervals ({@code haven.audit.head-interval}) and on
 * demand. It first checks the entries written since the last published head, so a head is never published
 * over a chain that was already changed: a break is logged and left for the verifier to report.
 */
@Component
class ChainHeadPublisher {

    private static final Logger log = LoggerFactory.getLogger(ChainHeadPublisher.class);

    private final ChainVerifier verifier;
    private final PublishedHeads heads;

    ChainHeadPublisher(ChainVerifier verifier, PublishedHeads heads) {
        this.verifier = verifier;
        this.heads = heads;
    }

    @Scheduled(
            fixedDelayString = "${haven.audit.head-interval:PT5M}",
            initialDelayString = "${haven.audit.head-interval:PT5M}")
    void publishOnSchedule() {
        try {
            publish();
        } catch (RuntimeException e) {
            log.error("Could not publish the audit chain head: {}", e.getMessage(), e);
        }
    }

    /**
     * Publishes the head if the entries since the last one verify and there are new ones.
     *
     * @return the new head, or empty when nothing was published (see the log for why)
     */
    synchronized Optional<ChainHead> publish() {
        Optional<ChainHead> latest = heads.latest();
        ChainVerifier.Outcome outcome = verifier.verifySince(latest);
        if (!outcome.verification().isIntact()) {
            log.error(
                    "The audit chain is broken; its head is not published: {}",
                    outcome.verification().summary());
            return Optional.empty();
        }
        Optional<ChainHead> head = outcome.head()
                .filter(current ->
                        latest.map(last -> last.lastId() != current.lastId()).orElse(true));
        head.ifPresent(heads::publish);
        return head;
    }
}
