package org.sangsaeng.membership.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.sangsaeng.membership.BusinessType;
import org.sangsaeng.shared.BusinessException;

@Entity
@Table(name = "membership")
public class Membership {

    public enum MembershipRole {
        MEMBER,
        LEADER
    }

    public enum Status {
        ACTIVE,
        LEFT
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "coop_id")
    private long coopId;

    @Column(name = "user_id")
    private long userId;

    @Enumerated(EnumType.STRING)
    private MembershipRole role;

    @Enumerated(EnumType.STRING)
    private BusinessType businessType;

    private String shopName;

    @Enumerated(EnumType.STRING)
    private Status status;

    private Instant joinedAt;
    private String openingHours;
    private String shopPlace;
    private String shopDescription;
    private String shopPhone;

    protected Membership() {}

    public Membership(
            long coopId,
            long userId,
            MembershipRole role,
            BusinessType businessType,
            String shopName,
            Instant joinedAt) {
        this.coopId = coopId;
        this.userId = userId;
        this.role = role;
        this.businessType = businessType;
        this.shopName = shopName;
        this.status = Status.ACTIVE;
        this.joinedAt = joinedAt;
    }

    /** This active member leads the co-op from now on. */
    public void becomeLeader() {
        if (status != Status.ACTIVE) {
            throw new IllegalStateException("Only an active member can lead the co-op");
        }
        role = MembershipRole.LEADER;
    }

    /** This leader hands over and stays a member. */
    public void stepDown() {
        role = MembershipRole.MEMBER;
    }

    public boolean leads() {
        return status == Status.ACTIVE && role == MembershipRole.LEADER;
    }

    /**
     * The member left the co-op; the row stays for the records that name it. What the shop told
     * customers goes (the phone may be the owner's own): the market's page no longer shows the
     * shop.
     */
    public void leave() {
        this.status = Status.LEFT;
        describeShopAs(null, null, null, null);
    }

    /**
     * The owner tells customers when the shop is open, where it is in the market, what it is and
     * which number to call (each null when not told). A member who left has no shop to describe.
     */
    public void describeShop(String openingHours, String place, String description, String phone) {
        if (status != Status.ACTIVE) {
            throw new BusinessException("error.shop.left");
        }
        describeShopAs(openingHours, place, description, phone);
    }

    private void describeShopAs(
            String openingHours, String place, String description, String phone) {
        this.openingHours = openingHours;
        this.shopPlace = place;
        this.shopDescription = description;
        this.shopPhone = phone;
    }

    public Long getId() {
        return id;
    }

    public long getCoopId() {
        return coopId;
    }

    public long getUserId() {
        return userId;
    }

    public MembershipRole getRole() {
        return role;
    }

    public BusinessType getBusinessType() {
        return businessType;
    }

    public String getShopName() {
        return shopName;
    }

    public Status getStatus() {
        return status;
    }

    public Instant getJoinedAt() {
        return joinedAt;
    }

    public String getOpeningHours() {
        return openingHours;
    }

    public String getShopPlace() {
        return shopPlace;
    }

    public String getShopDescription() {
        return shopDescription;
    }

    public String getShopPhone() {
        return shopPhone;
    }
}
