package app.haven.cases;

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

    Catalogues(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Option> cseModels() {
        return options("cse_model", false);
    }

    List<Option> cinFactors() {
        return options("cin_factor", true);
    }

    List<Option> interventionTypes() {
        return options("intervention_type", false);
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
