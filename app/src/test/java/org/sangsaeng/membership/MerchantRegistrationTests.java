package org.sangsaeng.membership;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.sangsaeng.membership.domain.CoopInvitation;
import org.sangsaeng.membership.domain.MerchantRegistration;
import org.sangsaeng.shared.BusinessException;
import org.sangsaeng.shared.InvalidInputException;
import org.sangsaeng.shared.ReviewDecision;

/** The moves of a sign-up and an invitation, and the refusals of the moves that do not fit. */
class MerchantRegistrationTests {

    static final Instant NOW = Instant.parse("2026-12-04T01:00:00Z");

    @Test
    void aPendingSignUpIsApprovedOnceAndNeverRejectedAfterwards() {
        MerchantRegistration r = pending();
        r.approve(7, "jung.foundation", NOW);
        assertThat(r.getStatus()).isEqualTo(RegistrationStatus.APPROVED);
        assertThat(r.getAccountId()).isEqualTo(7);
        assertThatThrownBy(() -> r.reject("늦은 거절", "jung.foundation", NOW))
                .isInstanceOf(BusinessException.class)
                .hasMessageContaining("error.registration.state");
        assertThatThrownBy(() -> r.approve(8, "jung.foundation", NOW))
                .isInstanceOf(BusinessException.class);
    }

    @Test
    void changesIssueALinkThatARevisionSpendsAndOnlyAnOpenRequestExpires() {
        MerchantRegistration r = pending();
        assertThatThrownBy(() -> r.revise(entry("다른 가게"), NOW))
                .as("nothing was asked")
                .isInstanceOf(BusinessException.class);
        assertThatThrownBy(() -> r.expire(NOW)).isInstanceOf(BusinessException.class);

        r.requestChanges("가게 이름을 고쳐 주세요", "jung.foundation", NOW, "hash-1", "changes:1");
        assertThat(r.linkIssuedFor("changes:1")).isTrue();
        r.newLink("hash-2", "reminder:2", NOW);
        assertThat(r.linkIssuedFor("reminder:2")).isTrue();

        r.revise(entry("태평 제과 (본점)"), NOW.plusSeconds(60));
        assertThat(r.getStatus()).isEqualTo(RegistrationStatus.PENDING_REVIEW);
        assertThat(r.getShopName()).isEqualTo("태평 제과 (본점)");
        assertThat(r.getRevisions()).isOne();
        assertThatThrownBy(() -> r.newLink("hash-3", "reminder:3", NOW))
                .as("revised: no link to send")
                .isInstanceOf(BusinessException.class);
    }

    @Test
    void theDecisionNamesWhatItNeeds() {
        assertThat(ReviewDecision.of("changes", "error.registration.decisionRequired"))
                .isEqualTo(ReviewDecision.CHANGES);
        assertThatThrownBy(() -> ReviewDecision.of(null, "error.registration.decisionRequired"))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("error.registration.decisionRequired");
        assertThatThrownBy(
                        () ->
                                ReviewDecision.REJECT.requireText(
                                        " ",
                                        "error.registration.reasonRequired",
                                        "error.registration.changesRequired"))
                .hasMessageContaining("reasonRequired");
        assertThatThrownBy(
                        () ->
                                ReviewDecision.CHANGES.requireText(
                                        null,
                                        "error.registration.reasonRequired",
                                        "error.registration.changesRequired"))
                .hasMessageContaining("changesRequired");
        assertThat(
                        ReviewDecision.APPROVE.requireText(
                                null,
                                "error.registration.reasonRequired",
                                "error.registration.changesRequired"))
                .isEmpty();
    }

    @Test
    void anInvitationWorksOnceAndUntilItExpires() {
        CoopInvitation invitation =
                new CoopInvitation(
                        1, 2, "최떡집", "010-1234-5678", null, "hash", NOW, NOW.plusSeconds(3600));
        invitation.use(9, NOW);
        assertThatThrownBy(() -> invitation.use(10, NOW))
                .hasMessageContaining("error.invitation.used");
        CoopInvitation old =
                new CoopInvitation(
                        1, 2, "한과일", null, "han@example.kr", "hash2", NOW, NOW.plusSeconds(3600));
        assertThatThrownBy(() -> old.requireOpen(NOW.plusSeconds(3600)))
                .hasMessageContaining("error.invitation.expired");
    }

    private static MerchantRegistration pending() {
        return new MerchantRegistration(entry("태평 제과"), null, NOW);
    }

    private static MerchantRegistration.Entry entry(String shop) {
        return new MerchantRegistration.Entry(
                "choi.bakery",
                "{bcrypt}x",
                "최제과",
                shop,
                BusinessType.BAKERY,
                1,
                "220-81-12345",
                "010-1234-5678",
                NOW,
                null,
                "ko",
                "2026-12-01",
                NOW);
    }
}
