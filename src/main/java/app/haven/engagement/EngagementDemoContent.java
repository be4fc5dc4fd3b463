package app.haven.engagement;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** The words of the demo's engagement records: fictional, written for the demo. */
final class EngagementDemoContent {

    private EngagementDemoContent() {}

    static List<ResourceForm> resources(LocalDate today) {
        var review = EngagementDemoData.date(today.plusYears(1));
        return List.of(
                new ResourceForm(
                        "LEAFLET",
                        "Know and See: spotting the signs",
                        "The changes in a child that can mean they are being exploited: new phones or gifts, older"
                                + " friends, going missing, changes in mood.",
                        "",
                        "Know and See",
                        false,
                        review,
                        List.of("PARENTS_CARERS", "COMMUNITIES"),
                        List.of("SIGNS_OF_CSE", "HOW_TO_REPORT")),
                new ResourceForm(
                        "GUIDE",
                        "Exploitation or abuse? A guide for the children's workforce",
                        "How child sexual exploitation differs from other child sexual abuse, and what to do next.",
                        "",
                        "Know and See",
                        false,
                        review,
                        List.of("PROFESSIONALS"),
                        List.of("CSE_VS_CSA", "SIGNS_OF_CSE")),
                new ResourceForm(
                        "VIDEO",
                        "Real friends? Staying safe online",
                        "A short film made with young people about people who are not who they say they are online.",
                        "https://video.example.invalid/real-friends",
                        "Know and See",
                        true,
                        review,
                        List.of("YOUNG_PEOPLE_12_17"),
                        List.of("ONLINE_SAFETY", "HEALTHY_RELATIONSHIPS")),
                new ResourceForm(
                        "LESSON_PLAN",
                        "Years 5 and 6: who are you talking to?",
                        "A one-hour lesson on online friends, secrets and telling a trusted adult.",
                        "",
                        "",
                        true,
                        review,
                        List.of("CHILDREN_9_11", "PROFESSIONALS"),
                        List.of("ONLINE_SAFETY", "CONSENT")));
    }

    static List<TopTenPoint> topTen() {
        return List.of(
                new TopTenPoint(
                        1, "It can happen to any child", "Boys and girls, from any background, can be" + " exploited."),
                new TopTenPoint(
                        2,
                        "Gifts are often the start",
                        "New phones, clothes, lifts or alcohol from older" + " people are a common first step."),
                new TopTenPoint(
                        3,
                        "Online first",
                        "Many children are first approached online, on games and social" + " media."),
                new TopTenPoint(
                        4,
                        "Going missing is a warning sign",
                        "A child who goes missing, even for a few" + " hours, may be at risk."),
                new TopTenPoint(5, "Tell someone", "If you are worried, report it: you do not have to be sure."));
    }

    static List<ConcernForm.Checked> concerns(long area) {
        return List.of(
                new ConcernForm.Checked(
                        area,
                        "Something is not right with the kids in the park.",
                        "The park",
                        "Recently",
                        Optional.empty(),
                        Optional.empty()),
                new ConcernForm.Checked(
                        area,
                        "Girls who look about 14 are picked up by different men in cars most" + " evenings.",
                        "Car park behind the takeaway on Fictional Street",
                        "Most evenings after 9pm",
                        Optional.of("A silver hatchback, a man called Dee"),
                        Optional.empty()));
    }

    static List<ServiceForm.Checked> services(long area) {
        return List.of(
                new ServiceForm.Checked(
                        "Fictional Young People's Service",
                        "Demo Children's Charity",
                        true,
                        "One-to-one support for young people at risk of exploitation, and their families.",
                        10,
                        18,
                        "Referral form from any professional; consent of the young person.",
                        "OPEN",
                        List.of(area)),
                new ServiceForm.Checked(
                        "Demo Parents Together",
                        "Demo Family Trust",
                        false,
                        "Support groups for parents and carers of exploited children.",
                        0,
                        18,
                        "Parents may refer themselves by phone.",
                        "WAITING_LIST",
                        List.of(area)));
    }

    static TrainingForm.Checked session(long area, long agency, LocalDate today) {
        return new TrainingForm.Checked(
                area,
                "CSE_AWARENESS",
                today.minusDays(10),
                "Partnership trainer",
                List.of(
                        new TrainingForm.Attendance(agency, "SOCIAL_WORKER", 14),
                        new TrainingForm.Attendance(agency, "TEACHER", 6)),
                18,
                15);
    }

    static EventForm.Checked event(long area, LocalDate today) {
        return new EventForm.Checked(
                area,
                today.minusDays(5),
                "SCHOOL",
                "Demo Lane Primary School",
                "CHILDREN_9_11",
                List.of(5, 6),
                58,
                Optional.of("2engage, Catch 22"),
                List.of("ONLINE_SAFETY", "HOW_TO_REPORT"));
    }
}
