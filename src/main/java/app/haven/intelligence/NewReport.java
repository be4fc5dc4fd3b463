package app.haven.intelligence;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** A report as checked from its form: source, text, date, grading and the entities it is about. */
record NewReport(
        long areaId,
        String sourceType,
        Optional<String> sourceDetail,
        String body,
        LocalDate reportedOn,
        Grading grading,
        List<Long> entityIds) {}
