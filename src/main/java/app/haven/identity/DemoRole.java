package app.haven.identity;

/** The demo account made for each role, and the kind of agency that person works for. */
enum DemoRole {
    PRACTITIONER("Frontline practitioner", "practitioner", "CHILDRENS_SOCIAL_CARE", true),
    SAFEGUARDING_LEAD("Designated safeguarding lead", "dsl", "EDUCATION", true),
    TEAM_MANAGER("Team manager", "manager", "CHILDRENS_SOCIAL_CARE", true),
    CSE_COORDINATOR("CSE coordinator", "coordinator", "CHILDRENS_SOCIAL_CARE", true),
    POLICE_INVESTIGATOR("Police investigator", "investigator", "POLICE", true),
    INTELLIGENCE_ANALYST("Police intelligence analyst", "analyst", "POLICE", true),
    CASE_WORKER("Commissioned service case worker", "caseworker", "COMMISSIONED_SERVICE", true),
    PARTNERSHIP_ANALYST("Partnership analyst", "partnership.analyst", "CHILDRENS_SOCIAL_CARE", false),
    SYSTEM_ADMINISTRATOR("System administrator", "admin", "CHILDRENS_SOCIAL_CARE", false);

    private final String label;
    private final String mailbox;
    private final String agencyKind;
    private final boolean perArea;

    DemoRole(String label, String mailbox, String agencyKind, boolean perArea) {
        this.label = label;
        this.mailbox = mailbox;
        this.agencyKind = agencyKind;
        this.perArea = perArea;
    }

    String label() {
        return label;
    }

    String agencyKind() {
        return agencyKind;
    }

    /** Partnership-wide roles get one account covering every area rather than one per area. */
    boolean perArea() {
        return perArea;
    }

    String email(String areaCode, int number) {
        String suffix = number == 1 ? "" : "." + number;
        String local = perArea ? mailbox + "." + areaCode + suffix : mailbox + suffix;
        return local + "@" + app.haven.platform.DemoData.FICTIONAL_DOMAIN;
    }
}
