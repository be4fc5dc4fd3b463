package app.haven.referrals;

import app.haven.audit.AuditLog;
import app.haven.identity.ChildAccess;
import app.haven.identity.OutsideRecordScope;
import app.haven.people.People;
import app.haven.people.PersonSummary;
import app.haven.platform.HavenPrincipal;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.web.server.ResponseStatusException;

/**
 * What every page of the module does first: finds the child or the referral (404 when there is none), refuses a user
 * outside its scope (the record scope page, audited), and, for a page that shows it, audits the view once.
 */
@Component
class ReferralPages {

    private final ReferralQueries referrals;
    private final ChildAccess access;
    private final People people;
    private final AuditLog audit;

    ReferralPages(ReferralQueries referrals, ChildAccess access, People people, AuditLog audit) {
        this.referrals = referrals;
        this.access = access;
        this.people = people;
        this.audit = audit;
    }

    /** The child, checked but not audited (the caller audits once what its page shows or changes). */
    PersonSummary child(long childId, HavenPrincipal user) {
        PersonSummary child = people.find(childId).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        if (!access.canOpen(user, child.id())) {
            throw OutsideRecordScope.child(child.id());
        }
        return child;
    }

    /** The child, checked and audited as viewed, with {@code child} on the model. */
    PersonSummary viewChild(long childId, String subject, HavenPrincipal user, Model model) {
        PersonSummary child = child(childId, user);
        audit.childRecordViewed(child.id(), subject, child.id());
        model.addAttribute("child", child);
        return child;
    }

    /** The referral as this user may read it, checked but not audited. */
    ReferralView referral(long id, HavenPrincipal user) {
        return referrals
                .find(id, user)
                .orElseThrow(() -> referrals
                        .childOf(id)
                        .<RuntimeException>map(child -> OutsideRecordScope.childRecord(child, "referral", id))
                        .orElseGet(() -> new ResponseStatusException(HttpStatus.NOT_FOUND)));
    }

    /**
     * Audits a checked referral as viewed and puts it and what it shares of the child (name and date of birth) on
     * the model.
     */
    void show(ReferralView referral, Model model) {
        audit.childRecordViewed(referral.childId(), "referral", referral.id());
        model.addAttribute("referral", referral);
        model.addAttribute("child", people.find(referral.childId()).orElseThrow());
    }
}
