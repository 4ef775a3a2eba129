package org.sangsaeng.sale.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.sangsaeng.sale.PartAnswer;
import org.sangsaeng.shared.BusinessException;
import org.sangsaeng.shared.InvalidInputException;

/** One shop's part of each set: what it puts in and its price for that. */
@Entity
@Table(name = "joint_offer_part")
public class JointOfferPart {

    /** What a shop said about preparing its part. */
    public enum Prepared {
        READY,
        NOT_READY
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "offer_id")
    private JointOffer offer;

    private int lineNo;
    private long shopUserId;
    private String shopName;
    private String item;
    private int quantityPerSet;
    private String unit;
    private long pricePerSet;

    @Enumerated(EnumType.STRING)
    private PartAnswer answer;

    private String answerReason;

    @Enumerated(EnumType.STRING)
    private Prepared prepared;

    private String prepareNote;

    protected JointOfferPart() {}

    JointOfferPart(
            JointOffer offer,
            int lineNo,
            long shopUserId,
            String shopName,
            String item,
            int quantityPerSet,
            String unit,
            long pricePerSet) {
        this.offer = offer;
        this.lineNo = lineNo;
        this.shopUserId = shopUserId;
        this.shopName = shopName;
        this.item = item;
        this.quantityPerSet = quantityPerSet;
        this.unit = unit;
        this.pricePerSet = pricePerSet;
        this.answer = PartAnswer.PENDING;
    }

    /** The shop confirms its part; a second answer is refused, whatever it says. */
    public void confirm() {
        answered();
        this.answer = PartAnswer.CONFIRMED;
    }

    /** The shop declines its part, with the reason the proposer reads. */
    public void decline(String reason) {
        answered();
        if (reason == null || reason.isBlank()) {
            throw new InvalidInputException("error.sale.declineReasonRequired");
        }
        this.answer = PartAnswer.DECLINED;
        this.answerReason = reason.strip();
    }

    /**
     * The shop's answer was not taken (the engine had ended the shop's task when it arrived): the
     * part waits for an answer again.
     */
    public void answerNotTaken() {
        this.answer = PartAnswer.PENDING;
        this.answerReason = null;
    }

    /**
     * The shop says whether its part is ready for the pickup; it may say it again (the latest
     * counts).
     */
    public void reportPrepared(Prepared state, String note) {
        if (answer != PartAnswer.CONFIRMED) {
            throw new BusinessException("error.sale.partNotConfirmed");
        }
        if (state == Prepared.NOT_READY && (note == null || note.isBlank())) {
            throw new InvalidInputException("error.sale.notReadyReasonRequired");
        }
        this.prepared = state;
        this.prepareNote = note == null || note.isBlank() ? null : note.strip();
    }

    private void answered() {
        if (answer != PartAnswer.PENDING) {
            throw new BusinessException("error.sale.partAnswered");
        }
    }

    public Long getId() {
        return id;
    }

    public long getShopUserId() {
        return shopUserId;
    }

    public String getShopName() {
        return shopName;
    }

    public String getItem() {
        return item;
    }

    public int getQuantityPerSet() {
        return quantityPerSet;
    }

    public String getUnit() {
        return unit;
    }

    public long getPricePerSet() {
        return pricePerSet;
    }

    public PartAnswer getAnswer() {
        return answer;
    }

    public String getAnswerReason() {
        return answerReason;
    }

    public Prepared getPrepared() {
        return prepared;
    }

    public String getPrepareNote() {
        return prepareNote;
    }
}
