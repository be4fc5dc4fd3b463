package app.haven.identity;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.stereotype.Component;

/**
 * Records a session's last access in PostgreSQL at most once a {@link #GRANULARITY}, not on every request. Spring
 * Session writes the session row (a transaction and a flush to disk) on every request only because its last-access
 * time moved; most requests change nothing else. The idle timeout then counts from the last recorded access, so a
 * session ends up to one minute <em>before</em> its idle limit, never after it; attributes, sign-in and sign-out are
 * written exactly as before. Wraps the repository Spring Session's filter uses (a bean post-processor, because the
 * repository is Spring Boot's).
 *
 * <p>It also spares the session's second read per request. Spring Session's filter, after saving the session at the
 * end of a request, asks the repository for it again only to decide whether to send the cookie again (spring-session
 * issue 1731): another transaction and another deserialisation of the signed-in user on every page. The session just
 * saved on this thread is handed back instead; {@link SessionReadScope} forgets it when the request ends, so it never
 * outlives the request that saved it.
 */
@Component
final class SessionAccessRecording implements BeanPostProcessor {

    static final Duration GRANULARITY = Duration.ofMinutes(1);

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        return bean instanceof JdbcIndexedSessionRepository repository ? new Repository(repository) : bean;
    }

    /** Spring Session's JDBC repository, handing out sessions that note their access sparingly. */
    static final class Repository implements FindByIndexNameSessionRepository<Sparing>, DisposableBean {

        private final FindByIndexNameSessionRepository<Session> sessions;
        private final DisposableBean lifecycle;

        @SuppressWarnings("unchecked")
        Repository(JdbcIndexedSessionRepository sessions) {
            // Its session type is package-private: it is handled here as the Session it implements.
            this.sessions = (FindByIndexNameSessionRepository<Session>) (FindByIndexNameSessionRepository<?>) sessions;
            this.lifecycle = sessions;
        }

        @Override
        public Sparing createSession() {
            return new Sparing(sessions.createSession());
        }

        @Override
        public void save(Sparing session) {
            sessions.save(session.recorded);
            SessionReadScope.saved(session);
        }

        @Override
        public Sparing findById(String id) {
            Sparing justSaved = SessionReadScope.takeSaved(id);
            if (justSaved != null) {
                return justSaved;
            }
            Session found = sessions.findById(id);
            return found == null ? null : new Sparing(found);
        }

        @Override
        public void deleteById(String id) {
            SessionReadScope.forget();
            sessions.deleteById(id);
        }

        @Override
        public Map<String, Sparing> findByIndexNameAndIndexValue(String indexName, String indexValue) {
            return sessions.findByIndexNameAndIndexValue(indexName, indexValue).entrySet().stream()
                    .collect(Collectors.toMap(Map.Entry::getKey, e -> new Sparing(e.getValue())));
        }

        @Override
        public void destroy() throws Exception {
            lifecycle.destroy();
        }
    }

    /** A session that passes on a new last-access time only once the recorded one is a minute old. */
    static final class Sparing implements Session {

        private final Session recorded;

        Sparing(Session recorded) {
            this.recorded = recorded;
        }

        @Override
        public void setLastAccessedTime(Instant accessed) {
            if (!accessed.isBefore(recorded.getLastAccessedTime().plus(GRANULARITY))) {
                recorded.setLastAccessedTime(accessed);
            }
        }

        @Override
        public Instant getLastAccessedTime() {
            return recorded.getLastAccessedTime();
        }

        @Override
        public String getId() {
            return recorded.getId();
        }

        @Override
        public String changeSessionId() {
            return recorded.changeSessionId();
        }

        @Override
        public <T> T getAttribute(String name) {
            return recorded.getAttribute(name);
        }

        @Override
        public Set<String> getAttributeNames() {
            return recorded.getAttributeNames();
        }

        @Override
        public void setAttribute(String name, Object value) {
            recorded.setAttribute(name, value);
        }

        @Override
        public void removeAttribute(String name) {
            recorded.removeAttribute(name);
        }

        @Override
        public Instant getCreationTime() {
            return recorded.getCreationTime();
        }

        @Override
        public void setMaxInactiveInterval(Duration interval) {
            recorded.setMaxInactiveInterval(interval);
        }

        @Override
        public Duration getMaxInactiveInterval() {
            return recorded.getMaxInactiveInterval();
        }

        @Override
        public boolean isExpired() {
            return recorded.isExpired();
        }
    }
}
