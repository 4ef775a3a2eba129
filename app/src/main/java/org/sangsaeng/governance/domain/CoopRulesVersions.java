package org.sangsaeng.governance.domain;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface CoopRulesVersions extends JpaRepository<CoopRulesVersion, Long> {

    Optional<CoopRulesVersion> findFirstByCoopIdOrderByVersionDesc(long coopId);

    Optional<CoopRulesVersion> findByCoopIdAndVersion(long coopId, int version);

    List<CoopRulesVersion> findByCoopIdOrderByVersionDesc(long coopId);

    /** Stores version 1 unless the co-op has it; two flows starting at once both succeed. */
    @Modifying
    @Query(
            nativeQuery = true,
            value =
                    "INSERT IGNORE INTO coop_rules (coop_id, version, quorum_percent, approval_rule,"
                            + " required_share_percent, reason_required_for_no, vote_hours, reminder_lead_hours, supplier_answer_hours,"
                            + " payment_due_days, price_rise_limit_percent, job_post_review, coupon_foundation_threshold_won,"
                            + " decision_hours, sale_fee_basis_points, card_fee_basis_points, transfer_fee_won, adopted_at, note) SELECT :#{#v.coopId}, 1, :#{#v.rules().quorumPercent()},"
                            + " :#{#v.rules().approvalRule().name()}, :#{#v.rules().requiredSharePercent()},"
                            + " :#{#v.rules().reasonRequiredForNo()}, :#{#v.rules().voteHours()}, :#{#v.rules().reminderLeadHours()},"
                            + " :#{#v.rules().supplierAnswerHours()}, :#{#v.rules().paymentDueDays()},"
                            + " :#{#v.rules().priceRiseLimitPercent()}, :#{#v.rules().jobPostReview().name()},"
                            + " :#{#v.rules().couponFoundationThresholdWon()}, :#{#v.rules().decisionHours()},"
                            + " :#{#v.rules().saleFeeBasisPoints()}, :#{#v.rules().cardFeeBasisPoints()},"
                            + " :#{#v.rules().transferFeeWon()}, :#{#v.adoptedAt},"
                            + " :#{#v.note}")
    void insertFirstIfAbsent(@Param("v") CoopRulesVersion first);
}
