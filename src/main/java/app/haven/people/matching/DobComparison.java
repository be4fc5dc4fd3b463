package app.haven.people.matching;

/** How a searched-for date of birth compares with a record's. */
public enum DobComparison {
    SAME,
    /** 3/4 typed for 4/3: the commonest slip between UK and US forms. */
    DAY_MONTH_SWAPPED,
    /** The year misremembered or mistyped by one. */
    YEAR_OFF_BY_ONE,
    SWAPPED_AND_YEAR_OFF_BY_ONE,
    DIFFERENT
}
