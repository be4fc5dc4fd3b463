package app.haven.identity;

import app.haven.platform.DemoData;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Creates the demo partnership's areas and agencies and knows which agency a demo user works for. */
final class DemoPartnership {

    record Area(long id, String code, String name) {}

    private static final Map<String, String> AREAS = Map.of(
            "cheshire-east", "Cheshire East",
            "cheshire-west", "Cheshire West and Chester",
            "halton", "Halton",
            "warrington", "Warrington");

    /** One team per kind of agency whose staff work in teams; schools' leads work alone. */
    private static final Map<String, String> TEAMS = Map.of(
            "CHILDRENS_SOCIAL_CARE", "Exploitation Team (demo)",
            "POLICE", "Child Exploitation Unit (demo)",
            "COMMISSIONED_SERVICE", "Case Work Team (demo)");

    private final List<Area> areas;
    private final Map<String, Long> agencies = new LinkedHashMap<>();
    private final Map<Long, Long> teamOfAgency = new LinkedHashMap<>();

    private DemoPartnership(List<Area> areas) {
        this.areas = areas;
    }

    static DemoPartnership create(DemoData demo) {
        List<Area> areas = AREAS.entrySet().stream()
                .sorted(Map.Entry.comparingByKey())
                .map(entry ->
                        new Area(insertArea(demo, entry.getKey(), entry.getValue()), entry.getKey(), entry.getValue()))
                .toList();
        DemoPartnership partnership = new DemoPartnership(areas);
        partnership.createAgencies(demo);
        return partnership;
    }

    private void createAgencies(DemoData demo) {
        for (Area area : areas) {
            addAgency(
                    demo, "CHILDRENS_SOCIAL_CARE", area, area.name() + " Children's Social Care (demo)", List.of(area));
            addAgency(demo, "EDUCATION", area, area.name() + " Fictional High School (demo)", List.of(area));
        }
        addAgency(demo, "POLICE", null, "Pan-Cheshire Police (demo)", areas);
        addAgency(demo, "COMMISSIONED_SERVICE", null, "Missing and CSE Service (demo)", areas);
        addAgency(demo, "HEALTH", null, "Pan-Cheshire Health Trust (demo)", areas);
    }

    private void addAgency(DemoData demo, String kind, Area home, String name, List<Area> covers) {
        long id = demo.jdbc()
                .sql("INSERT INTO agency (name, kind) VALUES (:name, :kind) RETURNING id")
                .param("name", name)
                .param("kind", kind)
                .query(Long.class)
                .single();
        for (Area area : covers) {
            demo.jdbc()
                    .sql("INSERT INTO agency_area (agency_id, area_id) VALUES (:agency, :area)")
                    .param("agency", id)
                    .param("area", area.id())
                    .update();
        }
        agencies.put(key(kind, home), id);
        String team = TEAMS.get(kind);
        if (team != null) {
            teamOfAgency.put(
                    id,
                    demo.jdbc()
                            .sql("INSERT INTO team (agency_id, name) VALUES (:agency, :name) RETURNING id")
                            .param("agency", id)
                            .param("name", team)
                            .query(Long.class)
                            .single());
        }
    }

    /** The demo team every user of the agency belongs to, if the agency has one. */
    Long teamOf(long agencyId) {
        return teamOfAgency.get(agencyId);
    }

    private static long insertArea(DemoData demo, String code, String name) {
        return demo.jdbc()
                .sql("INSERT INTO area (code, name) VALUES (:code, :name) RETURNING id")
                .param("code", code)
                .param("name", name)
                .query(Long.class)
                .single();
    }

    /** The area's own agency of that kind, or the partnership-wide one (police, commissioned service, health). */
    long agencyFor(String kind, Area area) {
        Long local = agencies.get(key(kind, area));
        return local != null ? local : agencies.get(key(kind, null));
    }

    private static String key(String kind, Area area) {
        return kind + "/" + (area == null ? "*" : area.code());
    }

    List<Area> areas() {
        return areas;
    }

    Area first() {
        return areas.get(0);
    }

    List<Long> areaIds() {
        return areas.stream().map(Area::id).toList();
    }

    List<String> areaCodes() {
        return areas.stream().map(Area::code).toList();
    }
}
