package app.haven.audit;

import static org.assertj.core.api.Assertions.assertThat;

import app.haven.platform.KeyRing;
import java.time.Instant;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ChainHashTest {

    static final Instant AT = Instant.parse("2025-03-04T10:15:30.123456Z");
    static final AuditEntry ENTRY =
            new AuditEntry(7, AT, 11L, 3L, "view", "child", 42L, 42L, "reason", "req-12345678", "127.0.0.1");
    static final String PREVIOUS = "a".repeat(64);

    @Test
    void canonicalFormListsEveryFieldInOrderWithLengthsAndNulls() {
        AuditEntry entry =
                new AuditEntry(1, AT, null, null, "failed-sign-in", "user_account", null, null, null, "r", "::1");
        assertThat(ChainHash.canonical(entry, ChainHash.GENESIS)).isEqualTo("""
                        haven-audit-v1
                        id=1:1
                        occurred_at=27:2025-03-04T10:15:30.123456Z
                        user_id=null
                        agency_id=null
                        action=14:failed-sign-in
                        subject_type=12:user_account
                        subject_id=null
                        child_id=null
                        reason=null
                        request_id=1:r
                        client_address=3:::1
                        previous_hash=64:%s
                        """.formatted(ChainHash.GENESIS));
    }

    @Test
    void genesisIsSixtyFourZeros() {
        assertThat(ChainHash.GENESIS).hasSize(64).matches("0+");
    }

    @Test
    void hashIsLowerCaseHexSha256AndStable() {
        String hash = ChainHash.of(ENTRY, PREVIOUS);
        assertThat(hash).matches("[0-9a-f]{64}").isEqualTo(ChainHash.of(ENTRY, PREVIOUS));
    }

    @Test
    void knownInputGivesKnownHash() {
        // Computed independently (Python's hashlib over the canonical text), and pinned so a change to the
        // canonical form, which would break every stored chain, cannot slip in unnoticed.
        assertThat(ChainHash.of(ENTRY, PREVIOUS))
                .isEqualTo("d2def99edb2f094c7ba1a858aa1ffebc07493f85211e19131e8599303aaa55d7");
    }

    static KeyRing.Key key(String id, int first) {
        byte[] secret = new byte[32];
        for (int i = 0; i < secret.length; i++) {
            secret[i] = (byte) (first + i);
        }
        return new KeyRing.Key(id, secret);
    }

    @Test
    void keyedHashIsHmacSha256OverTheVersionTwoFormWithTheKeyId() {
        // Computed independently (Python's hmac over the canonical text, key bytes 0..31).
        assertThat(ChainHash.keyed(ENTRY, PREVIOUS, key("k1", 0)))
                .isEqualTo("36339d9a025c2f3324e680b83facd93a126365afa2d6a65ce6969103a40f0a6e");
    }

    @Test
    void keyedHashDependsOnTheKeyAndItsId() {
        String hash = ChainHash.keyed(ENTRY, PREVIOUS, key("k1", 0));
        assertThat(ChainHash.keyed(ENTRY, PREVIOUS, key("k1", 1))).isNotEqualTo(hash);
        assertThat(ChainHash.keyed(ENTRY, PREVIOUS, key("k2", 0))).isNotEqualTo(hash);
        assertThat(ChainHash.of(ENTRY, PREVIOUS)).isNotEqualTo(hash);
    }

    @Test
    void emptyTextAndAbsenceHashDifferently() {
        AuditEntry absent = copy(e -> new AuditEntry(
                e.id(),
                e.occurredAt(),
                e.userId(),
                e.agencyId(),
                e.action(),
                e.subjectType(),
                e.subjectId(),
                e.childId(),
                null,
                e.requestId(),
                e.clientAddress()));
        AuditEntry empty = copy(e -> new AuditEntry(
                e.id(),
                e.occurredAt(),
                e.userId(),
                e.agencyId(),
                e.action(),
                e.subjectType(),
                e.subjectId(),
                e.childId(),
                "",
                e.requestId(),
                e.clientAddress()));
        assertThat(ChainHash.of(absent, PREVIOUS)).isNotEqualTo(ChainHash.of(empty, PREVIOUS));
    }

    @Test
    void nanosecondsBeyondWhatPostgresKeepsAreDropped() {
        AuditEntry precise = new AuditEntry(
                7, AT.plusNanos(999), 11L, 3L, "view", "child", 42L, 42L, "reason", "req-12345678", "127.0.0.1");
        assertThat(ChainHash.of(precise, PREVIOUS)).isEqualTo(ChainHash.of(ENTRY, PREVIOUS));
    }

    @Test
    void aReasonCannotForgeTheFieldsAfterIt() {
        AuditEntry sneaky = new AuditEntry(
                7, AT, 11L, 3L, "view", "child", 42L, 42L, "reason\nrequest_id=12:req-12345678", null, "127.0.0.1");
        assertThat(ChainHash.of(sneaky, PREVIOUS)).isNotEqualTo(ChainHash.of(ENTRY, PREVIOUS));
    }

    @ParameterizedTest(name = "changing {0} changes the hash")
    @MethodSource("changes")
    void changingAnyFieldChangesTheHash(String field, UnaryOperator<AuditEntry> change) {
        assertThat(ChainHash.of(change.apply(ENTRY), PREVIOUS)).isNotEqualTo(ChainHash.of(ENTRY, PREVIOUS));
    }

    @Test
    void changingThePreviousHashChangesTheHash() {
        assertThat(ChainHash.of(ENTRY, "b".repeat(64))).isNotEqualTo(ChainHash.of(ENTRY, PREVIOUS));
    }

    static Stream<Arguments> changes() {
        return Stream.of(
                change(
                        "id",
                        e -> with(
                                e,
                                8,
                                e.occurredAt(),
                                e.userId(),
                                e.agencyId(),
                                e.action(),
                                e.subjectType(),
                                e.subjectId(),
                                e.childId(),
                                e.reason(),
                                e.requestId(),
                                e.clientAddress())),
                change(
                        "occurred_at",
                        e -> with(
                                e,
                                e.id(),
                                e.occurredAt().plusNanos(1000),
                                e.userId(),
                                e.agencyId(),
                                e.action(),
                                e.subjectType(),
                                e.subjectId(),
                                e.childId(),
                                e.reason(),
                                e.requestId(),
                                e.clientAddress())),
                change(
                        "user_id",
                        e -> with(
                                e,
                                e.id(),
                                e.occurredAt(),
                                12L,
                                e.agencyId(),
                                e.action(),
                                e.subjectType(),
                                e.subjectId(),
                                e.childId(),
                                e.reason(),
                                e.requestId(),
                                e.clientAddress())),
                change(
                        "user_id to null",
                        e -> with(
                                e,
                                e.id(),
                                e.occurredAt(),
                                null,
                                e.agencyId(),
                                e.action(),
                                e.subjectType(),
                                e.subjectId(),
                                e.childId(),
                                e.reason(),
                                e.requestId(),
                                e.clientAddress())),
                change(
                        "agency_id",
                        e -> with(
                                e,
                                e.id(),
                                e.occurredAt(),
                                e.userId(),
                                4L,
                                e.action(),
                                e.subjectType(),
                                e.subjectId(),
                                e.childId(),
                                e.reason(),
                                e.requestId(),
                                e.clientAddress())),
                change(
                        "action",
                        e -> with(
                                e,
                                e.id(),
                                e.occurredAt(),
                                e.userId(),
                                e.agencyId(),
                                "update",
                                e.subjectType(),
                                e.subjectId(),
                                e.childId(),
                                e.reason(),
                                e.requestId(),
                                e.clientAddress())),
                change(
                        "subject_type",
                        e -> with(
                                e,
                                e.id(),
                                e.occurredAt(),
                                e.userId(),
                                e.agencyId(),
                                e.action(),
                                "case",
                                e.subjectId(),
                                e.childId(),
                                e.reason(),
                                e.requestId(),
                                e.clientAddress())),
                change(
                        "subject_id",
                        e -> with(
                                e,
                                e.id(),
                                e.occurredAt(),
                                e.userId(),
                                e.agencyId(),
                                e.action(),
                                e.subjectType(),
                                43L,
                                e.childId(),
                                e.reason(),
                                e.requestId(),
                                e.clientAddress())),
                change(
                        "child_id",
                        e -> with(
                                e,
                                e.id(),
                                e.occurredAt(),
                                e.userId(),
                                e.agencyId(),
                                e.action(),
                                e.subjectType(),
                                e.subjectId(),
                                43L,
                                e.reason(),
                                e.requestId(),
                                e.clientAddress())),
                change(
                        "reason",
                        e -> with(
                                e,
                                e.id(),
                                e.occurredAt(),
                                e.userId(),
                                e.agencyId(),
                                e.action(),
                                e.subjectType(),
                                e.subjectId(),
                                e.childId(),
                                "Reason",
                                e.requestId(),
                                e.clientAddress())),
                change(
                        "request_id",
                        e -> with(
                                e,
                                e.id(),
                                e.occurredAt(),
                                e.userId(),
                                e.agencyId(),
                                e.action(),
                                e.subjectType(),
                                e.subjectId(),
                                e.childId(),
                                e.reason(),
                                "req-other",
                                e.clientAddress())),
                change(
                        "client_address",
                        e -> with(
                                e,
                                e.id(),
                                e.occurredAt(),
                                e.userId(),
                                e.agencyId(),
                                e.action(),
                                e.subjectType(),
                                e.subjectId(),
                                e.childId(),
                                e.reason(),
                                e.requestId(),
                                "10.0.0.1")));
    }

    private static Arguments change(String field, UnaryOperator<AuditEntry> change) {
        return Arguments.of(field, change);
    }

    private static AuditEntry with(
            AuditEntry unused,
            long id,
            Instant at,
            Long user,
            Long agency,
            String action,
            String subjectType,
            Long subjectId,
            Long childId,
            String reason,
            String requestId,
            String address) {
        return new AuditEntry(
                id, at, user, agency, action, subjectType, subjectId, childId, reason, requestId, address);
    }

    private static AuditEntry copy(UnaryOperator<AuditEntry> change) {
        return change.apply(ENTRY);
    }
}
