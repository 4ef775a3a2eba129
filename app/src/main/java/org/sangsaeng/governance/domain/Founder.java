package org.sangsaeng.governance.domain;

import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.Instant;
import org.sangsaeng.governance.FounderAnswer;
import org.sangsaeng.membership.BusinessType;

/** One founder of a founding proposal: the shop they bring and their answer. */
@Embeddable
public class Founder {

    private long userId;

    @Enumerated(EnumType.STRING)
    private BusinessType businessType;

    private String shopName;

    @Enumerated(EnumType.STRING)
    private FounderAnswer answer;

    private String reason;
    private Instant answeredAt;

    protected Founder() {}

    public Founder(long userId, BusinessType businessType, String shopName) {
        this.userId = userId;
        this.businessType = businessType;
        this.shopName = shopName;
    }

    void answer(FounderAnswer answer, String reason, Instant at) {
        this.answer = answer;
        this.reason = reason;
        this.answeredAt = at;
    }

    public long getUserId() {
        return userId;
    }

    public BusinessType getBusinessType() {
        return businessType;
    }

    public String getShopName() {
        return shopName;
    }

    public FounderAnswer getAnswer() {
        return answer;
    }

    public String getReason() {
        return reason;
    }

    public Instant getAnsweredAt() {
        return answeredAt;
    }
}
