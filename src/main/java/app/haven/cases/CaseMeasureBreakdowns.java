package app.haven.cases;

import java.util.List;

/**
 * The ways the strategy breaks down "children identified at risk": each an SQL expression over {@code child_case c}
 * and the child's {@code person p} that names the one category a child falls in. The child's details are as recorded
 * now (the record keeps no history of them); age is the age when the case was opened.
 */
record CaseMeasureBreakdowns(String code, String title, String expression) {

    static final List<CaseMeasureBreakdowns> ALL = List.of(
            new CaseMeasureBreakdowns("by-band", "by screening band", "coalesce(c.band_label, 'Not screened')"),
            new CaseMeasureBreakdowns("by-age", "by age when identified", """
                    CASE WHEN p.date_of_birth IS NULL THEN 'Age not recorded'
                         WHEN c.opened_on < p.date_of_birth + interval '10 years' THEN 'Under 10'
                         WHEN c.opened_on < p.date_of_birth + interval '13 years' THEN '10 to 12'
                         WHEN c.opened_on < p.date_of_birth + interval '16 years' THEN '13 to 15'
                         ELSE '16 and over' END"""),
            new CaseMeasureBreakdowns("by-sex", "by sex", """
                    CASE p.sex WHEN 'FEMALE' THEN 'Female' WHEN 'MALE' THEN 'Male' ELSE 'Not known' END"""),
            new CaseMeasureBreakdowns(
                    "by-ethnicity",
                    "by ethnic group",
                    "coalesce((SELECT e.grouping FROM ethnicity e WHERE e.code = p.ethnicity), 'Not recorded')"),
            new CaseMeasureBreakdowns("by-looked-after", "by looked-after status", """
                    CASE p.looked_after_status WHEN 'LOOKED_AFTER' THEN 'Looked after' WHEN 'CARE_LEAVER' THEN 'Care leaver'
                         WHEN 'NOT_LOOKED_AFTER' THEN 'Not looked after' ELSE 'Not known' END"""),
            new CaseMeasureBreakdowns("by-needs", "by additional needs", """
                    CASE WHEN p.send_status IN ('SEN_SUPPORT', 'EHC_PLAN') OR p.learning_disability THEN 'Additional needs'
                         WHEN p.send_status = 'NONE' THEN 'No additional needs' ELSE 'Not known' END"""),
            new CaseMeasureBreakdowns("by-model", "by model of exploitation", """
                    (SELECT CASE WHEN count(*) = 0 THEN 'Not recorded' WHEN count(*) > 1 THEN 'More than one model'
                                 ELSE min(m.label) END
                       FROM case_cse_model cm JOIN cse_model m ON m.code = cm.model_code WHERE cm.case_id = c.id)"""));
}
