package app.haven.identity;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Component;

/**
 * A user's sessions on every device and node: they live in PostgreSQL (Spring Session), indexed by the
 * user's sign-in name. The repository is looked up lazily because Spring Session exists only in a web
 * application, and this class is scanned in any.
 */
@Component
class UserSessions {

    private final ObjectProvider<FindByIndexNameSessionRepository<? extends Session>> sessions;

    UserSessions(ObjectProvider<FindByIndexNameSessionRepository<? extends Session>> sessions) {
        this.sessions = sessions;
    }

    void endAll(String principalName) {
        endAllExcept(principalName, null);
    }

    /** After a password change, OWASP advises ending the other sessions: whoever knew the old one is out. */
    void endAllExcept(String principalName, String keptSessionId) {
        FindByIndexNameSessionRepository<? extends Session> repository = sessions.getObject();
        repository.findByPrincipalName(principalName).keySet().stream()
                .filter(id -> !id.equals(keptSessionId))
                .forEach(repository::deleteById);
    }
}
