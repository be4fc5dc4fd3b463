package app.haven.insight;

import app.haven.intelligence.AreaIntelligenceProfile;
import app.haven.platform.DebriefThemes;
import app.haven.platform.HavenPrincipal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * An area's problem profile for a period (REFERENCE §9, "a link to profiling of abusers"): its hot-spots, its persons
 * of concern (by age and sex, then one line each by role, age, sex and links, never named) and its themes (the models
 * of exploitation of the children identified at risk, and what debriefs with perpetrators and young people have
 * coded). Intelligence answers under its need-to-know; every aggregate count passes disclosure control.
 */
@Component
class ProblemProfile {

    static final String[] AGE_BANDS = {"Under 18", "18 to 24", "25 to 39", "40 and over", "Age not known"};
    static final String[] SEXES = {"Female", "Male", "Not known"};
    private static final int THEMES = 10;

    private final AreaIntelligenceProfile intelligence;
    private final Measures measures;
    private final MeasureTables tables;
    private final InsightSettings settings;
    private final ObjectProvider<DebriefThemes> themes;

    ProblemProfile(
            AreaIntelligenceProfile intelligence,
            Measures measures,
            MeasureTables tables,
            InsightSettings settings,
            ObjectProvider<DebriefThemes> themes) {
        this.intelligence = intelligence;
        this.measures = measures;
        this.tables = tables;
        this.settings = settings;
        this.themes = themes;
    }

    /** The profile's tables, in the order it prints them. */
    List<MeasureTable> tables(long areaId, AreaChoice area, Period period, HavenPrincipal user) {
        AreaIntelligenceProfile.Profile found = intelligence.of(areaId, period.from(), period.toExclusive(), user);
        DisclosureControl control = settings.current().control();
        List<MeasureTable> all = new ArrayList<>();
        all.add(hotSpots(found.hotSpots(), control));
        all.add(personsByAgeAndSex(found.persons(), control));
        all.add(persons(found.persons()));
        measures.find("cases.children-new.by-model").ifPresent(m -> all.add(tables.categories(m, area, period)));
        all.add(debriefThemes(control));
        return all;
    }

    private static MeasureTable hotSpots(List<AreaIntelligenceProfile.Place> places, DisclosureControl control) {
        List<MeasureTable.Row> rows = places.stream()
                .map(p -> new MeasureTable.Row(
                        p.label(),
                        List.of(
                                control.count(p.episodes()),
                                control.count(p.reports()),
                                control.count(p.disclosures())),
                        Optional.empty()))
                .toList();
        return new MeasureTable(
                "hot-spots",
                "Hot-spots: places most linked to children in the period",
                "Place",
                List.of("Missing episodes", "Intelligence reports", "Disclosures"),
                rows,
                Optional.empty());
    }

    /** Persons of concern by age band and sex, totalled both ways, with small counts hidden (and what reveals them). */
    static MeasureTable personsByAgeAndSex(
            List<AreaIntelligenceProfile.PersonOfConcern> persons, DisclosureControl control) {
        long[][] cells = new long[AGE_BANDS.length][SEXES.length];
        for (AreaIntelligenceProfile.PersonOfConcern person : persons) {
            cells[ageBand(person.age())][List.of(SEXES).indexOf(person.sex())]++;
        }
        ShownTable shown = control.table(cells, true, true);
        List<MeasureTable.Row> rows = new ArrayList<>();
        for (int r = 0; r < AGE_BANDS.length; r++) {
            List<String> line = new ArrayList<>();
            for (int c = 0; c < SEXES.length; c++) {
                line.add(shown.cell(r, c));
            }
            line.add(shown.rowTotal(r));
            rows.add(new MeasureTable.Row(AGE_BANDS[r], line, Optional.empty()));
        }
        List<String> totals = new ArrayList<>();
        for (int c = 0; c < SEXES.length; c++) {
            totals.add(shown.columnTotal(c));
        }
        totals.add(shown.grandTotal());
        List<String> columns = new ArrayList<>(List.of(SEXES));
        columns.add("Total");
        return new MeasureTable(
                "persons-by-age-and-sex",
                "Persons of concern with links in force in the period, by age and sex",
                "Age",
                columns,
                rows,
                Optional.of(new MeasureTable.Row("Total", totals, Optional.empty())));
    }

    /** One line per person of concern, unnamed: what an analyst profiling abusers reads. */
    private static MeasureTable persons(List<AreaIntelligenceProfile.PersonOfConcern> persons) {
        List<MeasureTable.Row> rows = new ArrayList<>();
        for (int i = 0; i < persons.size(); i++) {
            AreaIntelligenceProfile.PersonOfConcern p = persons.get(i);
            rows.add(new MeasureTable.Row(
                    "Person " + (i + 1),
                    List.of(
                            p.role(),
                            p.age().map(String::valueOf).orElse("Not known"),
                            p.sex(),
                            String.valueOf(p.childrenLinked()),
                            String.valueOf(p.links())),
                    Optional.empty()));
        }
        return new MeasureTable(
                "persons",
                "Persons of concern, most children linked first (not named)",
                "Person",
                List.of("Role", "Age", "Sex", "Children linked", "Links in force"),
                rows,
                Optional.empty());
    }

    private MeasureTable debriefThemes(DisclosureControl control) {
        List<MeasureTable.Row> rows = themes.getIfAvailable(() -> DebriefThemes.NONE).mostFrequent(THEMES).stream()
                .map(t -> new MeasureTable.Row(t.label(), List.of(control.count(t.debriefs())), Optional.empty()))
                .toList();
        return new MeasureTable(
                "debrief-themes",
                "Themes coded in debriefs across the partnership (all areas, all years)",
                "Theme",
                List.of("Debriefs"),
                rows,
                Optional.empty());
    }

    static int ageBand(Optional<Integer> age) {
        if (age.isEmpty()) {
            return 4;
        }
        int years = age.get();
        return years < 18 ? 0 : years < 25 ? 1 : years < 40 ? 2 : 3;
    }
}
