package app.haven.missing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class EpisodeRulesTest {

    private static final Instant NOW = at("2026-06-20T12:00");
    private static final Optional<LocalDate> BORN = Optional.of(LocalDate.of(2012, 5, 1));

    private static Instant at(String london) {
        return LocalDateTime.parse(london).atZone(InterviewDeadline.LONDON).toInstant();
    }

    private static EpisodeSpan closed(long id, String from, String to) {
        return new EpisodeSpan(id, at(from), Optional.of(at(to)));
    }

    private static EpisodeSpan open(long id, String from) {
        return new EpisodeSpan(id, at(from), Optional.empty());
    }

    private static List<EpisodeRules.Breach> check(EpisodeSpan proposed, EpisodeSpan... others) {
        return EpisodeRules.check(proposed, List.of(others), BORN, NOW);
    }

    @Test
    void acceptsAnEpisodeBetweenOthers() {
        assertThat(check(
                        closed(0, "2026-06-05T10:00", "2026-06-06T10:00"),
                        closed(1, "2026-06-01T10:00", "2026-06-02T10:00"),
                        open(2, "2026-06-10T10:00")))
                .isEmpty();
    }

    @Test
    void refusesAnEndBeforeTheStart() {
        assertThat(check(closed(0, "2026-06-05T10:00", "2026-06-05T09:59")))
                .containsExactly(new EpisodeRules.Breach("ended", "The return must be after the episode started"));
    }

    @Test
    void acceptsAReturnAtTheMomentOfTheStart() {
        assertThat(check(closed(0, "2026-06-05T10:00", "2026-06-05T10:00"))).isEmpty();
    }

    @Test
    void refusesAStartInTheFuture() {
        assertThat(check(open(0, "2026-06-20T12:01")))
                .extracting(EpisodeRules.Breach::field, EpisodeRules.Breach::message)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(
                        "started", "The start of the episode must be now or in the past"));
    }

    @Test
    void refusesAReturnInTheFuture() {
        assertThat(check(closed(0, "2026-06-19T10:00", "2026-06-20T13:00")))
                .containsExactly(new EpisodeRules.Breach("ended", "The return must be now or in the past"));
    }

    @Test
    void refusesAStartBeforeTheDateOfBirthAndAcceptsTheDayOfBirth() {
        assertThat(check(open(0, "2012-04-30T23:59")))
                .extracting(EpisodeRules.Breach::message)
                .containsExactly("The episode cannot start before the child's date of birth, 1 May 2012");
        assertThat(check(closed(0, "2012-05-01T00:00", "2012-05-01T01:00"))).isEmpty();
    }

    @Test
    void refusesASecondOpenEpisode() {
        assertThat(check(open(0, "2026-06-15T10:00"), open(1, "2026-06-10T10:00")))
                .extracting(EpisodeRules.Breach::message)
                .singleElement()
                .asString()
                .startsWith("The child already has an open episode, from 10 June 2026 at 10:00");
    }

    @Test
    void refusesAnEpisodeOverlappingAnotherAtEitherEndOrInside() {
        EpisodeSpan existing = closed(1, "2026-06-05T10:00", "2026-06-07T10:00");
        assertThat(check(closed(0, "2026-06-04T10:00", "2026-06-05T10:01"), existing))
                .extracting(EpisodeRules.Breach::message)
                .containsExactly(
                        "This episode overlaps the child's episode from 5 June 2026 at 10:00 to 7 June 2026 at 10:00");
        assertThat(check(closed(0, "2026-06-07T09:59", "2026-06-08T10:00"), existing))
                .hasSize(1);
        assertThat(check(closed(0, "2026-06-06T09:00", "2026-06-06T10:00"), existing))
                .hasSize(1);
        assertThat(check(closed(0, "2026-06-01T09:00", "2026-06-10T10:00"), existing))
                .hasSize(1);
    }

    @Test
    void anEpisodeMayStartAsThePreviousOneEnds() {
        assertThat(check(
                        closed(0, "2026-06-07T10:00", "2026-06-08T10:00"),
                        closed(1, "2026-06-05T10:00", "2026-06-07T10:00")))
                .isEmpty();
    }

    @Test
    void anOpenEpisodeOverlapsEverythingAfterItsStart() {
        assertThat(check(closed(0, "2026-06-12T10:00", "2026-06-13T10:00"), open(1, "2026-06-10T10:00")))
                .hasSize(1);
        assertThat(check(open(0, "2026-06-01T10:00"), closed(1, "2026-06-05T10:00", "2026-06-06T10:00")))
                .hasSize(1);
    }

    @Test
    void recordingAReturnIsCheckedAgainstTheOtherEpisodesNotItself() {
        EpisodeSpan stored = open(7, "2026-06-10T10:00");
        assertThat(check(closed(7, "2026-06-10T10:00", "2026-06-11T10:00"), stored))
                .isEmpty();
        assertThat(check(
                        closed(7, "2026-06-10T10:00", "2026-06-16T10:00"),
                        stored,
                        closed(8, "2026-06-15T10:00", "2026-06-15T12:00")))
                .hasSize(1);
    }

    @Test
    void aChildWithoutADateOfBirthIsNotCheckedAgainstOne() {
        assertThat(EpisodeRules.check(open(0, "1990-01-01T10:00"), List.of(), Optional.empty(), NOW))
                .isEmpty();
    }
}
