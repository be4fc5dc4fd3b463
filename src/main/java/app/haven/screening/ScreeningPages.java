package app.haven.screening;

import app.haven.identity.ChildAccess;
import app.haven.identity.OutsideRecordScope;
import app.haven.people.People;
import app.haven.people.PersonKind;
import app.haven.people.PersonSummary;
import app.haven.platform.HavenPrincipal;
import app.haven.screening.banding.ToolDefinition;
import java.time.LocalDate;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;

/** What every screening page looks up first: the screening and its child, if the user may open them, and its tool. */
@Component
class ScreeningPages {

    private final People people;
    private final ChildAccess access;
    private final ScreeningTools tools;
    private final ScreeningQueries queries;

    ScreeningPages(People people, ChildAccess access, ScreeningTools tools, ScreeningQueries queries) {
        this.people = people;
        this.access = access;
        this.tools = tools;
        this.queries = queries;
    }

    /** The screening, if the user may open its child: otherwise 404 for none (or discarded), the scope refusal page outside scope. */
    ScreeningRecord screening(long id, HavenPrincipal user) {
        ScreeningRecord screening =
                queries.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        if (!access.canOpen(user, screening.childId())) {
            throw OutsideRecordScope.childRecord(screening.childId(), "screening", id);
        }
        return screening;
    }

    /** The child, if the user may open their record: otherwise 404 for no such child, the scope refusal page outside scope. */
    PersonSummary child(long childId, HavenPrincipal user) {
        PersonSummary child = people.find(childId)
                .filter(p -> p.kind() == PersonKind.CHILD)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        if (!access.canOpen(user, child.id())) {
            throw OutsideRecordScope.child(child.id());
        }
        return child;
    }

    PersonSummary child(ScreeningRecord screening) {
        return people.find(screening.childId()).orElseThrow();
    }

    Optional<LocalDate> dateOfBirth(ScreeningRecord screening) {
        return child(screening).dateOfBirth();
    }

    ToolDefinition tool(ScreeningRecord screening) {
        return tools.get(screening.toolId(), screening.toolVersion()).orElseThrow();
    }
}
