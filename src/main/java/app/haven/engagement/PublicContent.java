package app.haven.engagement;

import app.haven.platform.Remembered;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * What the public pages show, read once and kept in memory: every published resource and the top 10 page. The public
 * pages are read far more often than editors change them, so each page is served without touching the database. A
 * change on this node (publish, withdraw, edit, a new top 10) is seen at once: {@link #changed()} forgets the copy when
 * the change commits. A change made on another node is seen here within {@link #KEEP}.
 */
@Component
class PublicContent {

    /** How long another node's change may take to show here. */
    static final Duration KEEP = Duration.ofSeconds(30);

    /** Differs between runs, so a browser's copy made by an older release (other templates) is never reused. */
    private static final String RUN = UUID.randomUUID().toString().substring(0, 8);

    /** The public pages' content at one moment, with a tag that changes whenever it does. */
    record Snapshot(List<ResourceView> resources, Map<Long, ResourceView> byId, List<TopTenPoint> topTen, String tag) {

        List<ResourceView> published(String audience) {
            return resources.stream()
                    .filter(r -> audience.isEmpty() || r.audiences().contains(audience))
                    .limit(200)
                    .toList();
        }

        Optional<ResourceView> published(long id) {
            return Optional.ofNullable(byId.get(id));
        }
    }

    private final JdbcClient jdbc;
    private final Remembered<Snapshot> content;

    PublicContent(JdbcClient jdbc) {
        this.jdbc = jdbc;
        this.content = new Remembered<>(KEEP, this::read);
    }

    Snapshot now() {
        return content.get();
    }

    /** Call inside the transaction that changed what the public sees: the copy is forgotten once it commits. */
    void changed() {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    content.forget();
                }
            });
        } else {
            content.forget();
        }
    }

    private Snapshot read() {
        List<ResourceView> resources = jdbc.sql(
                        Resources.SELECT + " WHERE r.status = 'PUBLISHED' ORDER BY r.published_at DESC, r.id DESC")
                .query((rs, n) -> Resources.view(rs))
                .list();
        TopTen.Page page = TopTen.read(jdbc);
        StringBuilder state = new StringBuilder(RUN).append(':').append(page.version());
        resources.forEach(r -> state.append(':').append(r.id()).append('.').append(r.version()));
        return new Snapshot(
                resources,
                resources.stream().collect(Collectors.toUnmodifiableMap(ResourceView::id, Function.identity())),
                page.points(),
                tag(state.toString()));
    }

    private static String tag(String state) {
        try {
            byte[] digest = java.security.MessageDigest.getInstance("SHA-256")
                    .digest(state.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            return "\"" + HexFormat.of().formatHex(digest, 0, 12) + "\"";
        } catch (java.security.NoSuchAlgorithmException missing) {
            throw new IllegalStateException(missing);
        }
    }
}
