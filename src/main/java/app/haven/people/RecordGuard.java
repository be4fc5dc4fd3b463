package app.haven.people;

import app.haven.identity.OutsideRecordScope;
import app.haven.platform.HavenPrincipal;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;

/**
 * Every page that changes part of a record starts here: the record must exist, not be merged away, and be one the
 * user may open. Unknown records are 404; records outside scope are 403, so nothing is changed unseen.
 */
@Component
class RecordGuard {

    private final People people;
    private final PersonAccess access;

    RecordGuard(People people, PersonAccess access) {
        this.people = people;
        this.access = access;
    }

    PersonSummary require(long id, HavenPrincipal user) {
        PersonSummary person = people.find(id)
                .filter(found -> found.id() == id)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        if (!access.canOpen(user, id)) {
            throw person.kind() == PersonKind.CHILD ? OutsideRecordScope.child(id) : OutsideRecordScope.adult(id);
        }
        return person;
    }

    static String base(PersonSummary person) {
        return PersonLinks.record(person.id(), person.kind());
    }
}
