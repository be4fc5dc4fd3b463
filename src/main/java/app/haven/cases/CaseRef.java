package app.haven.cases;

/** A case and the child it is about: what every step on a case needs to know. */
record CaseRef(long caseId, long childId, long areaId, long leadUserId) {}
