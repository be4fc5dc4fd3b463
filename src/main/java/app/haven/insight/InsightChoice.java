package app.haven.insight;

import app.haven.platform.web.FormErrors;
import java.util.Optional;

/** The area and period a page was asked for, as typed, and what they mean when they are valid. */
public record InsightChoice(
        String areaTyped, String periodTyped, Optional<AreaChoice> area, Optional<Period> period, FormErrors errors) {

    AreaChoice areaChoice() {
        return area.orElseThrow();
    }

    Period periodChoice() {
        return period.orElseThrow();
    }

    /** The area as links write it: the valid choice, or what was typed. */
    public String areaValue() {
        return area.map(AreaChoice::value).orElse(areaTyped);
    }

    /** The period as links write it: the valid choice, or what was typed. */
    public String periodValue() {
        return period.map(Period::code).orElse(periodTyped);
    }

    public String areaName() {
        return area.map(AreaChoice::name).orElse("");
    }

    public String periodLabel() {
        return period.map(Period::label).orElse("");
    }

    public String previousLabel() {
        return period.map(p -> p.previous().label()).orElse("");
    }

    /** The query string that keeps this area and period on links from the page. */
    public String query() {
        return "area=" + areaValue() + "&period=" + periodValue();
    }
}
