package app.haven.referrals;

import app.haven.people.People;
import app.haven.people.PersonSummary;
import app.haven.platform.DemoData;
import app.haven.platform.HavenPrincipal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.stereotype.Component;

/** One demo area's year of referrals, direct work, disclosures and sharing decisions, through the services. */
@Component
class DemoReferrals {

    /** The area's demo coordinator (who refers), the commissioned service's case worker, and a police investigator. */
    record Staff(UserDetails coordinator, UserDetails worker, UserDetails police) {}

    private static final String[] OTHER_REASONS = {"CSE_CONCERN", "CRIMINAL_EXPLOITATION", "PEER_ON_PEER", "TRAFFICKING"
    };

    private final Referrals referrals;
    private final ReferralQueries queries;
    private final ReferralDecisions decisions;
    private final ReferralRedirection redirection;
    private final DirectWork work;
    private final DemoDisclosures disclosures;
    private final People people;
    private final Clock clock;

    DemoReferrals(
            Referrals referrals,
            ReferralQueries queries,
            ReferralDecisions decisions,
            ReferralRedirection redirection,
            DirectWork work,
            DemoDisclosures disclosures,
            People people,
            Clock clock) {
        this.referrals = referrals;
        this.queries = queries;
        this.decisions = decisions;
        this.redirection = redirection;
        this.work = work;
        this.disclosures = disclosures;
        this.people = people;
        this.clock = clock;
    }

    /** Returns how many referrals it made. */
    int forArea(DemoData demo, String area, Staff staff, boolean withNrm) {
        List<Long> children =
                demo.jdbc().sql("""
                        SELECT p.id FROM person p JOIN area a ON a.id = p.area_id
                         WHERE a.code = :area AND p.kind = 'CHILD' AND p.merged_into IS NULL ORDER BY p.id LIMIT 24
                        """).param("area", area).query(Long.class).list();
        long service = agency(demo, staff.worker());
        long police = agency(demo, staff.police());
        Instant now = clock.instant();
        for (int i = 0; i < children.size(); i++) {
            PersonSummary child = people.find(children.get(i)).orElseThrow();
            Instant sent = now.minus(Duration.ofDays(365 - 15L * i)).minus(Duration.ofHours(i % 5));
            long id = refer(child, i, service, sent, staff.coordinator());
            decide(id, i, children.size(), sent, police, staff.worker());
            if (i == 1 || i == 4) {
                disclosures.disclose(child.id(), i == 1, sent.plus(Duration.ofDays(30)), staff);
            }
        }
        if (!children.isEmpty()) {
            disclosures.notShared(children.get(0), police, staff.coordinator());
        }
        if (withNrm && children.size() > 2) {
            disclosures.nrmCase(children.get(2), staff.coordinator());
        }
        return children.size();
    }

    private long refer(PersonSummary child, int i, long service, Instant at, UserDetails coordinator) {
        List<String> reasons = new ArrayList<>();
        reasons.add(i % 2 == 0 ? "ONLINE_GROOMING" : OTHER_REASONS[i % OTHER_REASONS.length]);
        if (i % 3 == 0) {
            reasons.add("MISSING");
        }
        Consent consent = i % 4 == 0 ? Consent.NOT_SOUGHT : i % 5 == 0 ? Consent.REFUSED : Consent.GIVEN;
        boolean without = consent != Consent.GIVEN;
        NewReferral referral = new NewReferral(
                service,
                reasons,
                i % 6 == 0 ? "URGENT" : "ROUTINE",
                "Demo concern: contact with older people online and gifts from them; school has noticed changes.",
                Optional.of(consent),
                without ? Optional.of("SAFEGUARDING_CHILDREN") : Optional.empty(),
                without ? Optional.of("Asking would put her at greater risk of harm") : Optional.empty());
        long[] id = new long[1];
        ReferralsDemoData.as(
                coordinator, () -> id[0] = referrals.make(child, referral, true, (HavenPrincipal) coordinator, at));
        return id[0];
    }

    /** Most are accepted and worked (the older ones closed); some declined or redirected; the newest wait. */
    private void decide(long id, int i, int count, Instant sent, long police, UserDetails worker) {
        if (i >= count - 2) {
            return;
        }
        HavenPrincipal by = (HavenPrincipal) worker;
        Instant decided = sent.plus(Duration.ofHours(20));
        ReferralsDemoData.as(worker, () -> {
            ReferralView referral = queries.find(id, by).orElseThrow();
            if (i % 7 == 3) {
                decisions.decline(
                        referral, referral.version(), Optional.of("Already supported by another service"), by, decided);
            } else if (i % 11 == 5) {
                redirection.redirect(
                        referral,
                        referral.version(),
                        Optional.of(police),
                        Optional.of("A crime to report first"),
                        by,
                        decided);
            } else {
                decisions.accept(referral, referral.version(), by.userId(), by, decided);
                sessions(id, i, sent, by);
            }
        });
    }

    private void sessions(long id, int i, Instant sent, HavenPrincipal worker) {
        LocalDate today = LocalDate.now(clock.withZone(ReferralDispatch.LONDON));
        LocalDate start = LocalDate.ofInstant(sent, ReferralDispatch.LONDON).plusDays(7);
        int held = 0;
        for (int week = 0; week < 3 + i % 4 && !start.plusWeeks(week).isAfter(today); week++) {
            ReferralView referral = queries.find(id, worker).orElseThrow();
            work.record(
                    referral,
                    new SessionForm.NewSession(
                            start.plusWeeks(week),
                            45 + 15 * (week % 3),
                            week % 2 == 0 ? "At school" : "A café in town",
                            List.of(
                                    week % 2 == 0 ? "ONLINE_SAFETY" : "HEALTHY_RELATIONSHIPS",
                                    "EXPLOITATION_AWARENESS"),
                            week == 0 ? "SOME" : "GOOD",
                            Optional.of("Demo words: I know now he was not really my friend.")),
                    worker);
            held++;
        }
        Instant closed = sent.plus(Duration.ofDays(120));
        if (held > 0 && closed.isBefore(clock.instant())) {
            ReferralView referral = queries.find(id, worker).orElseThrow();
            Outcome outcome =
                    i % 10 == 9 ? Outcome.RISK_UNCHANGED : i % 17 == 16 ? Outcome.RISK_INCREASED : Outcome.RISK_REDUCED;
            decisions.close(
                    referral, referral.version(), Optional.of(outcome), Optional.of("Work completed"), worker, closed);
        }
    }

    private static long agency(DemoData demo, UserDetails user) {
        return demo.jdbc()
                .sql("SELECT agency_id FROM user_account WHERE email = :email")
                .param("email", user.getUsername())
                .query(Long.class)
                .single();
    }
}
