package app.haven.cases;

import app.haven.platform.Remembered;
import app.haven.platform.web.Option;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** The register's catalogues, kept as data: CSE models, Children in Need factors, intervention types. */
@Service
class Catalogues {

    private final JdbcClient jdbc;
    // Catalogues change rarely and pages read them on every request; a change shows within a minute.
    private final Remembered<List<Option>> models;
    private final Remembered<List<Option>> factors;
    private final Remembered<List<Option>> interventions;

    Catalogues(JdbcClient jdbc) {
        this.jdbc = jdbc;
        this.models = new Remembered<>(KEEP, () -> options("cse_model", false));
        this.factors = new Remembered<>(KEEP, () -> options("cin_factor", true));
        this.interventions = new Remembered<>(KEEP, () -> options("intervention_type", false));
    }

    private static final java.time.Duration KEEP = java.time.Duration.ofMinutes(1);

    List<Option> cseModels() {
        return models.get();
    }

    List<Option> cinFactors() {
        return factors.get();
    }

    List<Option> interventionTypes() {
        return interventions.get();
    }

    /** Which of the submitted codes are not (current) entries of the catalogue. */
    static Set<String> unknown(List<Option> catalogue, List<String> codes) {
        Set<String> known = catalogue.stream().map(Option::value).collect(Collectors.toSet());
        return codes.stream().filter(code -> !known.contains(code)).collect(Collectors.toSet());
    }

    static String labelOf(List<Option> catalogue, String code) {
        return catalogue.stream()
                .filter(o -> o.value().equals(code))
                .map(Option::label)
                .findFirst()
                .orElse(code);
    }

    private List<Option> options(String table, boolean codeInLabel) {
        // The table name is one of three constants above, never user input.
        return jdbc.sql("SELECT code, label FROM " + table + " WHERE NOT retired ORDER BY position")
                .query((rs, row) -> new Option(
                        rs.getString(1), codeInLabel ? rs.getString(1) + " " + rs.getString(2) : rs.getString(2)))
                .list();
    }
}
