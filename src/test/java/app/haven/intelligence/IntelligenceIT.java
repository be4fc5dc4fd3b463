package app.haven.intelligence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.haven.identity.TestAccounts;
import app.haven.intelligence.network.LinkType;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The intelligence services against the real database: duplicates refused on entry, conditional reports hidden from
 * roles not cleared while their links still show, links refused for bad ends or evidence with nothing saved, and the
 * "one adult, many children" alert raised once per crossing and again only when a new area joins.
 */
@SpringBootTest
class IntelligenceIT {

    @Autowired
    IntelFixtures fx;

    @Autowired
    TestAccounts accounts;

    @Autowired
    LinkQueries linkQueries;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aVehicleOrPlaceAlreadyRecordedIsRefusedNamingTheOneThatExists() {
        TestAccounts.Account analyst = accounts.create("INTELLIGENCE_ANALYST");
        long car = fx.vehicle(analyst, "KX19 ABC");
        long hotel = fx.location(analyst, "12 Station Road, Crewe", "CW1 2AB");
        long before = fx.count("intel_entity");

        assertThatThrownBy(() -> fx.vehicle(analyst, "kx19abc"))
                .isInstanceOfSatisfying(
                        DuplicateEntity.class, d -> assertThat(d.existingId()).isEqualTo(car));
        assertThatThrownBy(() -> fx.location(analyst, "12 Station Rd Crewe", "cw12ab"))
                .isInstanceOfSatisfying(
                        DuplicateEntity.class, d -> assertThat(d.existingId()).isEqualTo(hotel));
        assertThat(fx.count("intel_entity")).isEqualTo(before);
    }

    @Test
    void conditionalIntelligenceIsReadOnlyByClearedRolesWhileOthersSeeItAndItsLinksExist() {
        TestAccounts.Account analyst = accounts.create("INTELLIGENCE_ANALYST");
        TestAccounts.Account police = accounts.colleague(analyst, "POLICE_INVESTIGATOR");
        TestAccounts.Account coordinator = accounts.colleague(analyst, "CSE_COORDINATOR");
        long adult = fx.adultOfConcern(analyst, "Marrowby");
        long car = fx.vehicle(analyst, "LM20 XYZ");
        long report = fx.report(
                analyst,
                IntelFixtures.grading("2", "B", "C", "Not to be shared outside the force"),
                "Seen driving the car near the school at closing time",
                List.of(adult, car));
        fx.link(analyst, adult, car, LinkType.DRIVES, report);

        ReportView forPolice = fx.as(police, () -> fx.reports.visible(report, fx.principal(police)))
                .orElseThrow();
        assertThat(forPolice.body()).contains("Seen driving the car near the school at closing time");
        assertThat(forPolice.withheld()).isFalse();

        ReportView forCoordinator = fx.as(coordinator, () -> fx.reports.visible(report, fx.principal(coordinator)))
                .orElseThrow();
        assertThat(forCoordinator.withheld()).isTrue();
        assertThat(forCoordinator.body()).isEmpty();
        assertThat(forCoordinator.conditions()).isEmpty();
        assertThat(forCoordinator.grading()).isEqualTo("2B C");
        List<LinkView> links = fx.as(coordinator, () -> linkQueries.ofEntity(adult, fx.principal(coordinator)));
        assertThat(links).singleElement().satisfies(l -> {
            assertThat(l.withheld()).isTrue();
            assertThat(l.type()).isEqualTo("drives");
        });
    }

    @Test
    void aReportOnAnotherAreasChildIsNotSeenAtAll() {
        TestAccounts.Account analyst = accounts.create("INTELLIGENCE_ANALYST");
        TestAccounts.Account elsewhere = accounts.create("INTELLIGENCE_ANALYST");
        long child = fx.child(analyst, "Wren");
        long report =
                fx.report(analyst, IntelFixtures.grading("1", "A", "P", null), "Spoke to the child", List.of(child));
        assertThat(fx.as(elsewhere, () -> fx.reports.visible(report, fx.principal(elsewhere))))
                .isEmpty();
        assertThat(fx.as(elsewhere, () -> fx.entityQueries.visible(child, fx.principal(elsewhere))))
                .isEmpty();
    }

    @Test
    void selfLinksOutOfScopeEndsTamperedIdsAndUnseenEvidenceAreRefusedAndNothingIsSaved() {
        TestAccounts.Account analyst = accounts.create("INTELLIGENCE_ANALYST");
        TestAccounts.Account elsewhere = accounts.create("INTELLIGENCE_ANALYST");
        long adult = fx.adultOfConcern(analyst, "Thornwick");
        long hotel = fx.location(analyst, "1 Canal Street", "CW2 7AA");
        long theirCar = fx.vehicle(elsewhere, "ZZ01 NOP");
        long report =
                fx.report(analyst, IntelFixtures.grading("2", "C", "P", null), "Frequents the hotel", List.of(adult));
        long theirReport =
                fx.report(elsewhere, IntelFixtures.grading("2", "C", "P", null), "Their car", List.of(theirCar));
        long links = fx.count("intel_link");

        assertRefused(() -> fx.link(analyst, adult, adult, LinkType.SEEN_WITH, report), "to", "itself");
        assertRefused(
                () -> fx.link(analyst, adult, theirCar, LinkType.DRIVES, report), "to", "outside your record scope");
        assertRefused(() -> fx.link(analyst, adult, 987_654_321L, LinkType.DRIVES, report), "to", "does not exist");
        assertRefused(() -> fx.link(analyst, adult, hotel, LinkType.FREQUENTS, theirReport), "evidence", "evidence");
        assertThat(fx.count("intel_link")).isEqualTo(links);
    }

    @Test
    void aLinkMayCiteAReferralAboutAChildTheAnalystMayOpenAndNotOneElsewhere() {
        TestAccounts.Account analyst = accounts.create("INTELLIGENCE_ANALYST");
        TestAccounts.Account elsewhere = accounts.create("INTELLIGENCE_ANALYST");
        long adult = fx.adultOfConcern(analyst, "Quarrendon");
        long child = fx.child(analyst, "Tegan");
        long referral = referralAbout(child, analyst, elsewhere);
        long links = fx.count("intel_link");

        assertRefused(
                () -> fx.link(
                        elsewhere,
                        fx.adultOfConcern(elsewhere, "Ashdown"),
                        fx.child(elsewhere, "Rhiannon"),
                        LinkType.EXPLOITED,
                        NewLink.Evidence.REFERRAL,
                        referral),
                "evidence",
                "outside your record scope");
        assertThat(fx.count("intel_link")).as("nothing saved").isEqualTo(links);

        long link = fx.link(analyst, adult, child, LinkType.EXPLOITED, NewLink.Evidence.REFERRAL, referral);
        assertThat(fx.as(analyst, () -> linkQueries.ofEntity(adult, fx.principal(analyst))))
                .filteredOn(l -> l.id() == link)
                .singleElement()
                .satisfies(l -> assertThat(l.evidence()).isEqualTo("Referral " + referral));
    }

    /** A referral about the child (a draft, as the referrals module saves one), from the analyst's agency. */
    private long referralAbout(long childEntity, TestAccounts.Account from, TestAccounts.Account to) {
        return jdbc.sql("""
                        INSERT INTO referral (child_id, area_id, from_agency_id, from_user_id, to_agency_id, urgency,
                               concern, created_at)
                        SELECT e.person_id, e.area_id, u.agency_id, u.id, t.agency_id, 'ROUTINE', 'Seen with an adult',
                               now()
                          FROM intel_entity e, user_account u, user_account t
                         WHERE e.id = :entity AND u.id = :from AND t.id = :to
                        RETURNING id
                        """)
                .param("entity", childEntity)
                .param("from", from.id())
                .param("to", to.id())
                .query(Long.class)
                .single();
    }

    @Test
    void theAlertIsRaisedOnceAtTheThirdChildAgainOnlyWhenANewAreaJoinsAndAfreshAfterFallingBelow() {
        TestAccounts.Account analyst = accounts.create("INTELLIGENCE_ANALYST");
        TestAccounts.Account other = accounts.create("INTELLIGENCE_ANALYST");
        TestAccounts.Account third = accounts.create("INTELLIGENCE_ANALYST");
        TestAccounts.Account coordinatorHere = accounts.colleague(analyst, "CSE_COORDINATOR");
        TestAccounts.Account coordinatorThere = accounts.colleague(other, "CSE_COORDINATOR");
        TestAccounts.Account coordinatorThird = accounts.colleague(third, "CSE_COORDINATOR");
        fx.alsoIn(analyst, other);
        fx.alsoIn(analyst, third);
        long adult = fx.adultOfConcern(analyst, "Greaves");
        long report =
                fx.report(analyst, IntelFixtures.grading("2", "B", "P", null), "Seen with children", List.of(adult));
        long first = fx.link(analyst, adult, fx.child(analyst, "Ada"), LinkType.SEEN_WITH, report);
        long second = fx.link(analyst, adult, fx.child(other, "Bea"), LinkType.SEEN_WITH, report);
        assertThat(alerts(adult)).isZero();

        fx.link(analyst, adult, fx.child(analyst, "Cait"), LinkType.EXPLOITED, report);
        assertThat(alerts(adult)).isEqualTo(1);
        assertThat(tasksFor(coordinatorHere)).isEqualTo(1);
        assertThat(tasksFor(coordinatorThere)).isEqualTo(1);
        assertThat(tasksFor(analyst)).isEqualTo(1);
        assertThat(tasksFor(coordinatorThird)).isZero();

        fx.link(analyst, adult, fx.child(other, "Dot"), LinkType.SEEN_WITH, report);
        assertThat(alerts(adult)).as("a fourth child from an area already told").isEqualTo(1);

        fx.link(analyst, adult, fx.child(third, "Eve"), LinkType.SEEN_WITH, report);
        assertThat(alerts(adult)).as("a child from a new area").isEqualTo(2);
        assertThat(tasksFor(coordinatorThird)).isEqualTo(1);
        assertThat(tasksFor(coordinatorHere))
                .as("areas already told are not told again")
                .isEqualTo(1);

        for (long link : List.of(
                first,
                second,
                fx.jdbc
                        .sql("SELECT max(id) FROM intel_link WHERE from_entity = " + adult)
                        .query(Long.class)
                        .single())) {
            LinkView view = fx.as(analyst, () -> linkQueries.visible(link, fx.principal(analyst)))
                    .orElseThrow();
            fx.as(analyst, () -> {
                fx.links.end(view, view.version(), fx.principal(analyst));
                return null;
            });
        }
        assertThat(standing(adult)).as("two children left: the alert is over").isZero();
        fx.link(analyst, adult, fx.child(analyst, "Fay"), LinkType.SEEN_WITH, report);
        assertThat(alerts(adult)).as("crossing again is a new alert").isEqualTo(3);
    }

    private void assertRefused(Runnable write, String field, String words) {
        assertThatThrownBy(write::run).isInstanceOfSatisfying(LinkRefused.class, refused -> {
            assertThat(refused.field()).isEqualTo(field);
            assertThat(refused.getMessage()).contains(words);
        });
    }

    private long alerts(long entity) {
        return jdbc.sql("SELECT count(*) FROM intel_alert WHERE entity_id = :e")
                .param("e", entity)
                .query(Long.class)
                .single();
    }

    private long standing(long entity) {
        return jdbc.sql("SELECT count(*) FROM intel_alert WHERE entity_id = :e AND cleared_at IS NULL")
                .param("e", entity)
                .query(Long.class)
                .single();
    }

    private long tasksFor(TestAccounts.Account account) {
        return jdbc.sql(
                        "SELECT count(*) FROM inbox_task WHERE for_user = :u AND source_key LIKE 'intel-many-children:%'")
                .param("u", account.id())
                .query(Long.class)
                .single();
    }
}
