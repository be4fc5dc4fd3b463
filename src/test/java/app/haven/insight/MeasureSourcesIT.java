package app.haven.insight;

import static org.assertj.core.api.Assertions.assertThat;

import app.haven.identity.ChildAccess;
import app.haven.identity.SqlCondition;
import app.haven.identity.TestAccounts;
import app.haven.platform.HavenPrincipal;
import app.haven.platform.MeasurePeriod;
import app.haven.platform.MeasureSource;
import app.haven.platform.MeasuresTogether;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * Each module's measures against a small dataset in a fresh area whose answers are worked out by hand: the 2016/17
 * boundaries (1 April in, the next 1 April out), distinct children, breakdowns, the drill-down and its scope.
 */
@SpringBootTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MeasureSourcesIT {

    static final LocalDate FROM = LocalDate.of(2016, 4, 1);
    static final LocalDate TO = LocalDate.of(2017, 4, 1);

    @Autowired
    List<MeasureSource> sources;

    @Autowired
    MeasureDataset dataset;

    @Autowired
    ReferralAndLinkDataset referralsAndLinks;

    @Autowired
    TestAccounts accounts;

    @Autowired
    ChildAccess access;

    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    MeasureDataset.Built built;

    @BeforeAll
    void build() {
        built = dataset.build();
        referralsAndLinks.add(built);
    }

    @Test
    void countsChildrenIdentifiedAtRiskInTheYearOnceEachIncludingTheFirstOfAprilButNotTheNext() {
        assertThat(counts("cases.children-new", FROM, TO)).isEqualTo(Map.of("", 3L));
        assertThat(counts("cases.children-new", FROM.minusYears(1), FROM)).isEqualTo(Map.of("", 1L));
        assertThat(counts("cases.children-open", FROM, TO)).isEqualTo(Map.of("", 2L));
    }

    @Test
    void breaksChildrenIdentifiedAtRiskDownAsTheStrategyDoes() {
        assertThat(counts("cases.children-new.by-band", FROM, TO))
                .isEqualTo(Map.of("High", 1L, "Medium", 1L, "Not screened", 1L));
        assertThat(counts("cases.children-new.by-model", FROM, TO))
                .isEqualTo(Map.of("Online", 1L, "More than one model", 1L, "Not recorded", 1L));
        assertThat(counts("cases.children-new.by-age", FROM, TO)).isEqualTo(Map.of("13 to 15", 2L, "Under 10", 1L));
        assertThat(counts("cases.children-new.by-needs", FROM, TO))
                .isEqualTo(Map.of("Additional needs", 1L, "Not known", 2L));
        assertThat(counts("cases.children-new.by-sex", FROM, TO)).isEqualTo(Map.of("Female", 3L));
    }

    @Test
    void countsPlanningMeetingsAndOutcomesAtClosure() {
        assertThat(counts("cases.planning-meetings", FROM, TO))
                .isEqualTo(Map.of("Held on time", 1L, "Held late", 1L, "Not held", 1L));
        assertThat(counts("cases.closure-outcome", FROM, TO)).isEqualTo(Map.of("Risk reduced", 1L));
        assertThat(counts("cases.transitions", FROM, TO)).isEmpty();
    }

    @Test
    void countsMissingEpisodesRepeatChildrenAndInterviewsWithinSeventyTwoHours() {
        assertThat(counts("missing.episodes", FROM, TO)).isEqualTo(Map.of("Missing", 4L));
        assertThat(counts("missing.repeat-children", FROM, TO)).isEqualTo(Map.of("", 1L));
        assertThat(counts("missing.interviews-offered", FROM, TO))
                .isEqualTo(Map.of("Offered within 72 hours", 1L, "Offered later", 1L, "Not offered", 2L));
        assertThat(counts("missing.interviews-held", FROM, TO))
                .isEqualTo(Map.of("Held within 72 hours", 1L, "Held later", 1L, "Not held", 2L));
    }

    @Test
    void countsDisclosuresByThePoliceActionThatFollowed() {
        assertThat(counts("referrals.disclosures", FROM, TO))
                .isEqualTo(Map.of("Not passed to the police", 1L, "Investigation opened", 1L));
    }

    @Test
    void countsReferralsToTheCommissionedServiceByReasonDecisionAndTimeliness() {
        assertThat(counts("referrals.commissioned", FROM, TO)).isEqualTo(Map.of("", 2L));
        assertThat(counts("referrals.commissioned.by-reason", FROM, TO))
                .isEqualTo(Map.of("Online grooming or social media", 2L, "Missing episodes", 1L));
        assertThat(sourceOf("referrals.commissioned.by-reason").categoriesOverlap("referrals.commissioned.by-reason"))
                .isTrue();
        assertThat(counts("referrals.commissioned.by-decision", FROM, TO))
                .isEqualTo(Map.of("Accepted", 1L, "Declined", 1L));
        assertThat(counts("referrals.commissioned.by-timeliness", FROM, TO))
                .isEqualTo(Map.of("Decided on time", 1L, "Decided late", 1L));
        assertThat(counts("referrals.closure-outcome", FROM, TO)).isEqualTo(Map.of("Risk reduced", 1L));
        assertThat(counts("referrals.commissioned", TO, TO.plusYears(1))).isEqualTo(Map.of("", 1L));
    }

    @Test
    void countsPersonsOfConcernAndPlacesLinkedToSeveralChildrenLeavingRestrictedLinksOut() {
        assertThat(counts("intelligence.persons-linked", FROM, TO)).isEqualTo(Map.of("Suspected perpetrator", 1L));
        assertThat(counts("intelligence.hot-spots", FROM, TO)).isEqualTo(Map.of("Other place", 1L));
        assertThat(counts("intelligence.persons-linked", FROM.minusYears(1), FROM))
                .isEmpty();
    }

    @Test
    void followsACountToTheChildrenBehindItWithinTheAskersScope() {
        MeasureSource source = sourceOf("cases.children-new");
        HavenPrincipal coordinator = principal(built.coordinator());
        HavenPrincipal practitioner = principal(accounts.colleague(built.coordinator(), "PRACTITIONER"));
        HavenPrincipal elsewhere = principal(accounts.create("CSE_COORDINATOR"));

        assertThat(source.childrenBehind("cases.children-new", FROM, TO, built.area(), null, scope(coordinator), 50))
                .containsExactly(built.a(), built.b(), built.e());
        assertThat(source.childrenBehind(
                        "cases.children-new.by-band", FROM, TO, built.area(), "High", scope(coordinator), 50))
                .containsExactly(built.a());
        assertThat(source.childrenBehind("cases.children-new", FROM, TO, built.area(), null, scope(practitioner), 50))
                .isEmpty();
        assertThat(source.childrenBehind("cases.children-new", FROM, TO, null, null, scope(elsewhere), 50))
                .isEmpty();
    }

    @Test
    void measuresOfPlacesAndPeopleOfConcernDoNotLeadToChildren() {
        assertThat(sourceOf("intelligence.hot-spots").drills("intelligence.hot-spots"))
                .isFalse();
        assertThat(sourceOf("meetings.actions-on-time").drills("meetings.actions-on-time"))
                .isFalse();
        assertThat(sourceOf("missing.episodes").drills("missing.episodes")).isTrue();
    }

    @Test
    void everyMeasureCountsWithoutErrorAndSaysWhichPriorityItServes() {
        for (MeasureSource source : sources) {
            for (MeasureSource.Measure measure : source.measures()) {
                assertThat(measure.priority()).as(measure.code()).isBetween(1, 4);
                assertThat(source.count(measure.code(), FROM, TO))
                        .as(measure.code())
                        .isNotNull();
            }
        }
    }

    @Test
    void keptCountsAreCountedAgainAfterAWriteToTheirPeriodAndOnlyThen() {
        assertThat(counts("cases.children-new.by-sex", FROM, TO)).isEqualTo(Map.of("Female", 3L));
        java.time.Instant counted = countedAt("cases.children-new.by-sex");

        dataset.moreNewCases(built, 1, "2019-06-01");
        assertThat(counts("cases.children-new.by-sex", FROM, TO)).isEqualTo(Map.of("Female", 3L));
        assertThat(countedAt("cases.children-new.by-sex")).isEqualTo(counted);

        setSex(built.a(), "MALE");
        try {
            assertThat(counts("cases.children-new.by-sex", FROM, TO)).isEqualTo(Map.of("Female", 2L, "Male", 1L));
        } finally {
            setSex(built.a(), "FEMALE");
        }
        assertThat(counts("cases.children-new.by-sex", FROM, TO)).isEqualTo(Map.of("Female", 3L));
    }

    @Test
    void aBackgroundPassCountsAgainWhatAWriteTouchedSoTheNextViewReadsItKept() {
        assertThat(counts("missing.episodes", FROM, TO)).isEqualTo(Map.of("Missing", 4L));
        jdbc.sql("UPDATE missing_episode SET category = 'AWAY' WHERE child_id = :child AND started_at < :day")
                .param("child", built.b())
                .param("day", java.sql.Date.valueOf("2017-01-01"))
                .update();
        try {
            assertThat(sourceOf("missing.episodes").recountChanged()).isPositive();
            java.time.Instant counted = countedAt("missing.episodes");
            assertThat(counts("missing.episodes", FROM, TO))
                    .isEqualTo(Map.of("Missing", 3L, "Away from placement", 1L));
            assertThat(countedAt("missing.episodes")).isEqualTo(counted);
        } finally {
            jdbc.sql("UPDATE missing_episode SET category = 'MISSING' WHERE child_id = :child")
                    .param("child", built.b())
                    .update();
        }
        assertThat(counts("missing.episodes", FROM, TO)).isEqualTo(Map.of("Missing", 4L));
    }

    @Test
    void everyModulesMeasuresReadTogetherEqualEachCountedAloneAndShowAWriteMadeSinceTheLastRead() {
        Map<String, MeasureSource> all = new java.util.LinkedHashMap<>();
        sources.forEach(source -> source.measures().forEach(m -> all.put(m.code(), source)));
        List<MeasurePeriod> periods = List.of(new MeasurePeriod(FROM, TO), new MeasurePeriod(FROM.minusYears(1), FROM));

        Map<String, List<List<MeasureSource.Count>>> together = MeasuresTogether.count(all, periods);

        assertThat(together.keySet()).containsExactlyElementsOf(all.keySet());
        all.forEach((code, source) -> {
            for (int i = 0; i < periods.size(); i++) {
                assertThat(inArea(together.get(code).get(i)))
                        .as(code + " " + periods.get(i))
                        .isEqualTo(counts(
                                code, periods.get(i).from(), periods.get(i).toExclusive()));
            }
        });
        setSex(built.a(), "MALE");
        try {
            assertThat(inArea(MeasuresTogether.count(all, periods)
                            .get("cases.children-new.by-sex")
                            .get(0)))
                    .isEqualTo(Map.of("Female", 2L, "Male", 1L));
        } finally {
            setSex(built.a(), "FEMALE");
        }
    }

    private java.time.Instant countedAt(String code) {
        return jdbc.sql("SELECT counted_at FROM measure_count WHERE measure_code = :code AND from_day = :from"
                        + " AND to_day = :to")
                .param("code", code)
                .param("from", FROM)
                .param("to", TO)
                .query(java.time.OffsetDateTime.class)
                .single()
                .toInstant();
    }

    private void setSex(long child, String sex) {
        jdbc.sql("UPDATE person SET sex = :sex WHERE id = :id")
                .param("sex", sex)
                .param("id", child)
                .update();
    }

    private Map<String, Long> counts(String code, LocalDate from, LocalDate to) {
        return inArea(sourceOf(code).count(code, from, to));
    }

    private Map<String, Long> inArea(List<MeasureSource.Count> counted) {
        Map<String, Long> counts = new TreeMap<>();
        counted.stream()
                .filter(c -> c.areaId() != null && c.areaId() == built.area())
                .forEach(c -> counts.merge(c.category(), c.count(), Long::sum));
        return counts;
    }

    private MeasureSource sourceOf(String code) {
        return sources.stream()
                .filter(s -> s.measures().stream().anyMatch(m -> m.code().equals(code)))
                .findFirst()
                .orElseThrow();
    }

    private HavenPrincipal principal(TestAccounts.Account account) {
        return (HavenPrincipal) accounts.principal(account);
    }

    private MeasureSource.ChildScope scope(HavenPrincipal user) {
        return column -> {
            SqlCondition condition = access.visibleChildren(user, column);
            return new MeasureSource.ChildScope.Condition(condition.sql(), condition.parameters());
        };
    }
}
