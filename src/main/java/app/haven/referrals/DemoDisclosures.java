package app.haven.referrals;

import app.haven.platform.HavenPrincipal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** Demo disclosures (one answered by the police, one awaiting them), a decision not to share, and an NRM case. */
@Component
class DemoDisclosures {

    private final Disclosures disclosures;
    private final DisclosureQueries queries;
    private final PoliceResponses responses;
    private final SharingLog sharing;
    private final NrmReferrals nrms;
    private final NrmQueries nrmQueries;
    private final ReferralAreas areas;
    private final Clock clock;

    DemoDisclosures(
            Disclosures disclosures,
            DisclosureQueries queries,
            PoliceResponses responses,
            SharingLog sharing,
            NrmReferrals nrms,
            NrmQueries nrmQueries,
            ReferralAreas areas,
            Clock clock) {
        this.disclosures = disclosures;
        this.queries = queries;
        this.responses = responses;
        this.sharing = sharing;
        this.nrms = nrms;
        this.nrmQueries = nrmQueries;
        this.areas = areas;
        this.clock = clock;
    }

    void disclose(long child, boolean answered, Instant at, DemoReferrals.Staff staff) {
        HavenPrincipal worker = (HavenPrincipal) staff.worker();
        long[] id = new long[1];
        ReferralsDemoData.as(
                staff.worker(),
                () -> id[0] = disclosures.record(
                        child,
                        areas.areaFor(child, worker),
                        new NewDisclosure(
                                "The young person",
                                "Demo case worker",
                                at,
                                Optional.of("At school"),
                                "Demo words: he said I owed him for the phone and made me meet his friends.",
                                true,
                                Optional.empty(),
                                Optional.of("A man called Dex, about 30"),
                                "SEXUAL_EXPLOITATION",
                                Optional.of(new NewDisclosure.PassedToPolice(
                                        at, "Demo case worker", Optional.of("DEMO/" + child)))),
                        new Disclosures.Recorder(worker.userId(), worker.agencyId())));
        if (answered) {
            ReferralsDemoData.as(staff.police(), () -> {
                DisclosureView disclosure = queries.find(id[0]).orElseThrow();
                responses.respond(
                        disclosure,
                        disclosure.version(),
                        "INVESTIGATION_OPENED",
                        LocalDate.ofInstant(at, ReferralDispatch.LONDON).plusDays(3),
                        Optional.empty(),
                        (HavenPrincipal) staff.police());
            });
        }
    }

    void notShared(long child, long police, org.springframework.security.core.userdetails.UserDetails coordinator) {
        HavenPrincipal by = (HavenPrincipal) coordinator;
        ReferralsDemoData.as(
                coordinator,
                () -> sharing.recordAlone(
                        child,
                        areas.areaFor(child, by),
                        new SharingDecision(
                                false,
                                "Her sexual health clinic attendance",
                                Optional.of(police),
                                Optional.empty(),
                                Consent.REFUSED,
                                Optional.empty(),
                                Optional.of("Not necessary for the police enquiry; she asked that it stay private")),
                        by));
    }

    void nrmCase(long child, org.springframework.security.core.userdetails.UserDetails coordinator) {
        HavenPrincipal by = (HavenPrincipal) coordinator;
        LocalDate submitted =
                LocalDate.now(clock.withZone(ReferralDispatch.LONDON)).minusDays(100);
        ReferralsDemoData.as(coordinator, () -> {
            long id = nrms.submit(
                    child,
                    areas.areaFor(child, by),
                    new NrmReferrals.NewNrm(
                            "Demo coordinator, children's social care",
                            "Moved between towns to sell drugs and sexually exploited by the same group",
                            submitted,
                            Optional.of("Independent child trafficking guardian")),
                    by);
            NrmView nrm = nrmQueries.find(id).orElseThrow();
            nrms.reasonableGrounds(nrm, nrm.version(), submitted.plusDays(4), "POSITIVE", Optional.empty(), by);
        });
    }
}
