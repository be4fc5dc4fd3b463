package app.haven.screening.banding;

/** What the banding rules need to know about the child, from their record, on the date of the screening. */
public record ChildFacts(int ageInYears, boolean learningDisability) {}
