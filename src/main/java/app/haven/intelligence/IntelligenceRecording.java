package app.haven.intelligence;

import app.haven.platform.HavenPrincipal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the forms save, each in one transaction: references are resolved (people made entities on first use) and the
 * report or link saved, or nothing at all when anything is refused.
 */
@Service
class IntelligenceRecording {

    private final EntityResolver resolver;
    private final Reports reports;
    private final Links links;
    private final IntelligenceScope scope;

    IntelligenceRecording(EntityResolver resolver, Reports reports, Links links, IntelligenceScope scope) {
        this.resolver = resolver;
        this.reports = reports;
        this.links = links;
        this.scope = scope;
    }

    /** Saves a report about the entities referred to, and the links it shows; returns the report's id. */
    @Transactional
    long report(ReportForm.Checked checked, HavenPrincipal user) {
        List<Long> about = new ArrayList<>();
        for (References.Reference reference : checked.about()) {
            long entity = resolver.resolve(reference, "about", user);
            if (!about.contains(entity)) {
                about.add(entity);
            }
        }
        long area = scope.areaIds(user).stream().findFirst().orElseThrow();
        long id = reports.record(
                new NewReport(
                        area,
                        checked.sourceType(),
                        checked.sourceDetail(),
                        checked.body(),
                        checked.reportedOn(),
                        checked.grading(),
                        about),
                Optional.empty(),
                user);
        if (checked.linkType().isPresent()) {
            for (long other : about.subList(1, about.size())) {
                links.record(
                        new NewLink(
                                about.get(0),
                                other,
                                checked.linkType().get(),
                                checked.reportedOn(),
                                Optional.empty(),
                                "MEDIUM",
                                new NewLink.Evidence(NewLink.Evidence.REPORT, id)),
                        user);
            }
        }
        return id;
    }

    /** Saves a link from (or to) this entity; returns its id. */
    @Transactional
    long link(long entityId, LinkForm.Checked checked, HavenPrincipal user) {
        long other = resolver.resolve(checked.to(), "to", user);
        long from = checked.outgoing() ? entityId : other;
        long to = checked.outgoing() ? other : entityId;
        return links.record(
                new NewLink(
                        from,
                        to,
                        checked.type(),
                        checked.validFrom(),
                        checked.validTo(),
                        checked.confidence(),
                        checked.evidence()),
                user);
    }
}
