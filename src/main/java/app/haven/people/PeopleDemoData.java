package app.haven.people;

import app.haven.people.matching.IdentifierType;
import app.haven.people.matching.NhsNumber;
import app.haven.people.matching.UniquePupilNumber;
import app.haven.platform.DemoData;
import app.haven.platform.DemoDataContributor;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Fictional children and adults in every demo area, with parents and peers related to them, and a few deliberate
 * near-duplicates (a nickname, a typo, a swapped date of birth) held by a different agency, so search and the
 * duplicate check have something to find. Surnames are invented so no one could mistake a record for a real child.
 */
@Component
class PeopleDemoData implements DemoDataContributor {

    static final int CHILDREN_PER_AREA = 150;
    static final int ADULTS_PER_AREA = 100;

    private static final List<String> SURNAMES = List.of(
            "Bramblewick",
            "Fenwhistle",
            "Quillfeather",
            "Marrowdale",
            "Thistlecombe",
            "Puddingstone",
            "Larkspurr",
            "Mossbottom",
            "Nettlefold",
            "Pebbleworth",
            "Wrenfield",
            "Hollowbrook",
            "Tumbleton",
            "Ottercombe",
            "Brackenbury",
            "Inkwater",
            "Cobblethwaite",
            "Mistlebrook",
            "Fernsby",
            "Gorsewood",
            "Hazelrigg",
            "Juniperly",
            "Kettlewell",
            "Lanternby",
            "Moonacre",
            "Nutmegg",
            "Oakenshawe",
            "Pipistrel",
            "Quarrendon",
            "Rushmoore",
            "Sorrelton",
            "Teasdale-Vane",
            "Umberfield",
            "Vetchley",
            "Willowmere",
            "Yarrowby");

    private final SearchTokens searchTokens;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    PeopleDemoData(SearchTokens searchTokens, ApplicationEventPublisher events, Clock clock) {
        this.searchTokens = searchTokens;
        this.events = events;
        this.clock = clock;
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public void contribute(DemoData demo) {
        List<DemoWorker> workers = DemoWorker.practitioners(demo.jdbc());
        for (DemoWorker worker : workers) {
            int children = CHILDREN_PER_AREA * demo.scale();
            int adults = ADULTS_PER_AREA * demo.scale();
            List<Long> made = new ArrayList<>();
            for (int i = 0; i < children; i++) {
                made.add(child(demo, worker, i));
            }
            for (int i = 0; i < adults; i++) {
                adult(demo, worker, made.get(i % made.size()), i);
            }
            for (int i = 0; i < children / 20; i++) {
                nearDuplicate(
                        demo,
                        workers.get((workers.indexOf(worker) + 1) % workers.size()),
                        made.get(i * 7 % made.size()));
            }
        }
        demo.announce("People: " + workers.size() * CHILDREN_PER_AREA * demo.scale() + " fictional children and "
                + workers.size() * ADULTS_PER_AREA * demo.scale()
                + " adults, with deliberate near-duplicates to try the duplicate check on.");
    }

    private long child(DemoData demo, DemoWorker worker, int i) {
        Random random = demo.random();
        String given = random.nextBoolean()
                ? demo.faker().name().femaleFirstName()
                : demo.faker().name().maleFirstName();
        String family = SURNAMES.get(random.nextInt(SURNAMES.size()));
        LocalDate dob = LocalDate.now(clock).minusDays(3650 + random.nextInt(8 * 365));
        long id = insertPerson(demo, PersonKind.CHILD, Sex.values()[random.nextInt(2)], dob, worker);
        insertName(demo, id, "LEGAL", given, family, worker);
        if (i % 3 == 0) {
            insertIdentifier(demo, id, IdentifierType.NHS_NUMBER, NhsNumber.generate(random), worker);
        }
        if (i % 4 == 0) {
            insertIdentifier(demo, id, IdentifierType.UPN, UniquePupilNumber.generate(random), worker);
        }
        finish(demo, id, worker, i % 3 == 0);
        events.publishEvent(new ChildRecordChanged(
                id,
                ChildRecordChanged.Change.CREATED,
                "Record created by " + worker.name() + " (demo data)",
                clock.instant(),
                worker.userId(),
                worker.agencyId()));
        return id;
    }

    private void adult(DemoData demo, DemoWorker worker, long childId, int i) {
        Random random = demo.random();
        long id = insertPerson(
                demo,
                PersonKind.ADULT,
                Sex.values()[random.nextInt(2)],
                LocalDate.now(clock).minusDays(18 * 365 + random.nextInt(30 * 365)),
                worker);
        String family = i % 2 == 0 ? familyOf(demo, childId) : SURNAMES.get(random.nextInt(SURNAMES.size()));
        insertName(demo, id, "LEGAL", demo.faker().name().firstName(), family, worker);
        finish(demo, id, worker, false);
        RelationshipType type = i % 2 == 0
                ? RelationshipType.PARENT
                : i % 5 == 1 ? RelationshipType.OLDER_BOYFRIEND_GIRLFRIEND : RelationshipType.ASSOCIATE;
        demo.jdbc()
                .sql("""
                        INSERT INTO person_relationship (person_id, related_person_id, relationship_type, added_at, added_by)
                        VALUES (:child, :adult, :type, :now, :user)
                        """)
                .param("child", childId)
                .param("adult", id)
                .param("type", type.name())
                .param("now", Timestamp.from(clock.instant()))
                .param("user", worker.userId())
                .update();
    }

    /** A second record of a child, as another agency might have made it: a nickname, a typo or a swapped date. */
    private void nearDuplicate(DemoData demo, DemoWorker other, long original) {
        Map<String, Object> row =
                demo.jdbc().sql("""
                        SELECT n.given_names, n.family_name, p.date_of_birth, p.sex FROM person p
                          JOIN person_name n ON n.person_id = p.id AND n.name_type = 'LEGAL' WHERE p.id = :id
                        """).param("id", original).query().singleRow();
        String given = (String) row.get("given_names");
        String family = (String) row.get("family_name");
        LocalDate dob = ((Date) row.get("date_of_birth")).toLocalDate();
        switch (demo.random().nextInt(3)) {
            case 0 -> given = given.length() > 4 ? given.substring(0, given.length() - 1) : given + "e";
            case 1 -> family = family.substring(0, 2) + family.charAt(3) + family.charAt(2) + family.substring(4);
            default ->
                dob = dob.getDayOfMonth() <= 12
                        ? LocalDate.of(dob.getYear(), dob.getDayOfMonth(), dob.getMonthValue())
                        : dob.plusYears(1);
        }
        long id = insertPerson(demo, PersonKind.CHILD, Sex.valueOf((String) row.get("sex")), dob, other);
        insertName(demo, id, "LEGAL", given, family, other);
        finish(demo, id, other, false);
        events.publishEvent(new ChildRecordChanged(
                id,
                ChildRecordChanged.Change.CREATED,
                "Record created by " + other.name() + " (demo data)",
                clock.instant(),
                other.userId(),
                other.agencyId()));
    }

    private long insertPerson(DemoData demo, PersonKind kind, Sex sex, LocalDate dob, DemoWorker worker) {
        return demo.jdbc()
                .sql("""
                        INSERT INTO person (kind, date_of_birth, sex, area_id, created_at, created_by, created_agency_id,
                                            looked_after_status, send_status)
                        VALUES (:kind, :dob, :sex, :area, :now, :user, :agency, 'NOT_LOOKED_AFTER', 'NOT_KNOWN') RETURNING id
                        """)
                .param("kind", kind.name())
                .param("dob", Date.valueOf(dob))
                .param("sex", sex.name())
                .param("area", worker.areaId())
                .param("now", Timestamp.from(clock.instant()))
                .param("user", worker.userId())
                .param("agency", worker.agencyId())
                .query(Long.class)
                .single();
    }

    private void insertName(DemoData demo, long id, String type, String given, String family, DemoWorker worker) {
        demo.jdbc()
                .sql("""
                        INSERT INTO person_name (person_id, name_type, given_names, family_name, added_at, added_by)
                        VALUES (:id, :type, :given, :family, :now, :user)
                        """)
                .param("id", id)
                .param("type", type)
                .param("given", given)
                .param("family", family)
                .param("now", Timestamp.from(clock.instant()))
                .param("user", worker.userId())
                .update();
    }

    private void insertIdentifier(DemoData demo, long id, IdentifierType type, String value, DemoWorker worker) {
        demo.jdbc()
                .sql("""
                        INSERT INTO person_identifier (person_id, identifier_type, value, added_at, added_by)
                        VALUES (:id, :type, :value, :now, :user)
                        """)
                .param("id", id)
                .param("type", type.name())
                .param("value", value)
                .param("now", Timestamp.from(clock.instant()))
                .param("user", worker.userId())
                .update();
    }

    /** Search tokens, and who works with the person: the worker's team always, the worker by name for some. */
    private void finish(DemoData demo, long id, DemoWorker worker, boolean named) {
        searchTokens.refresh(id);
        demo.jdbc()
                .sql("""
                        INSERT INTO child_involvement (child_id, area_id, agency_id, team_id, user_id, started_at)
                        VALUES (:id, :area, :agency, :team, :user, :now)
                        """)
                .param("id", id)
                .param("area", worker.areaId())
                .param("agency", worker.agencyId())
                .param("team", worker.teamId())
                .param("user", named ? worker.userId() : null)
                .param("now", Timestamp.from(clock.instant()))
                .update();
    }

    private static String familyOf(DemoData demo, long childId) {
        return demo.jdbc()
                .sql("SELECT family_name FROM person_name WHERE person_id = :id AND name_type = 'LEGAL'")
                .param("id", childId)
                .query(String.class)
                .single();
    }
}
