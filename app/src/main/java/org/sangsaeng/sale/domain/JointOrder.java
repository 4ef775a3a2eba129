package org.sangsaeng.sale.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.sangsaeng.sale.OrderStatus;
import org.sangsaeng.sale.PaymentMethod;
import org.sangsaeng.shared.BusinessException;
import org.sangsaeng.shared.InvalidInputException;
import org.sangsaeng.shared.Won;

/** A customer's order of sets; the pickup code is used once, at the counter. */
@Entity
@Table(name = "joint_order")
public class JointOrder {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long offerId;
    private long slotId;
    private int sets;
    private long amount;
    private String customerName;
    private String phone;
    private String locale;
    private String pickupCode;
    private String linkHash;

    @Enumerated(EnumType.STRING)
    private OrderStatus status;

    private Instant placedAt;
    private Instant cancelledAt;
    private Instant pickedUpAt;
    private Long pickedUpBy;
    private Long paidAmount;

    @Enumerated(EnumType.STRING)
    private PaymentMethod paymentMethod;

    private Instant paidAt;
    private Long transferConfirmedBy;

    protected JointOrder() {}

    public JointOrder(
            long offerId,
            long slotId,
            int sets,
            long amount,
            String customerName,
            String phone,
            String locale,
            String pickupCode,
            String linkHash,
            Instant placedAt) {
        this.offerId = offerId;
        this.slotId = slotId;
        this.sets = sets;
        this.amount = amount;
        this.customerName = customerName;
        this.phone = phone;
        this.locale = locale;
        this.pickupCode = pickupCode;
        this.linkHash = linkHash;
        this.placedAt = placedAt;
        this.status = OrderStatus.PLACED;
    }

    /**
     * The customer cancels (the offer checks the window and gives the sets back); an order already
     * paid by transfer is cancelled through the co-op, which pays the money back.
     */
    public void cancelByCustomer(Instant now) {
        if (status != OrderStatus.PLACED) {
            throw new BusinessException("error.sale.orderNotOpen");
        }
        if (isPaid()) {
            throw new BusinessException("error.sale.paidCancelThroughCoop");
        }
        status = OrderStatus.CANCELLED;
        cancelledAt = now;
    }

    /**
     * The offer is cancelled: a standing order is cancelled with it (one paid by transfer is owed
     * back, {@link #isRefundDue()}). Returns whether it stood.
     */
    public boolean cancelWithOffer(Instant now) {
        if (status != OrderStatus.PLACED) {
            return false;
        }
        status = OrderStatus.CANCELLED;
        cancelledAt = now;
        return true;
    }

    /**
     * The leader found the customer's transfer in the co-op's account: the order is paid, nothing
     * is taken at the counter. Only a standing order, once.
     */
    public void confirmTransfer(long by, Instant now) {
        if (status != OrderStatus.PLACED) {
            throw new BusinessException("error.sale.orderNotOpen");
        }
        if (isPaid()) {
            throw new BusinessException("error.sale.paidAlready", pickupCode);
        }
        paymentMethod = PaymentMethod.TRANSFER;
        paidAmount = amount;
        paidAt = now;
        transferConfirmedBy = by;
    }

    /**
     * Handed over at the counter; an order not paid by transfer is paid there in cash or by card. A
     * code used before is refused.
     */
    public void pickUp(long by, Instant now, PaymentMethod method) {
        if (status == OrderStatus.PICKED_UP) {
            throw new BusinessException("error.sale.codeUsed", pickupCode);
        }
        if (status != OrderStatus.PLACED) {
            throw new BusinessException("error.sale.orderNotOpen");
        }
        if (!isPaid()) {
            if (method != PaymentMethod.CASH && method != PaymentMethod.CARD) {
                throw new InvalidInputException("error.sale.paymentMethodRequired", Won.of(amount));
            }
            paymentMethod = method;
            paidAmount = amount;
            paidAt = now;
        }
        status = OrderStatus.PICKED_UP;
        pickedUpAt = now;
        pickedUpBy = by;
    }

    public boolean isPaid() {
        return paymentMethod != null;
    }

    /**
     * Paid for and not cancelled: handed over, or paid by transfer and never collected (the shops
     * prepared it).
     */
    public boolean isSold() {
        return isPaid() && (status == OrderStatus.PICKED_UP || status == OrderStatus.NO_SHOW);
    }

    /** Paid by transfer and then cancelled with the offer: the co-op pays it back. */
    public boolean isRefundDue() {
        return isPaid() && status == OrderStatus.CANCELLED;
    }

    /** Not collected by the end of the last pickup slot. */
    public void markNoShow() {
        if (status == OrderStatus.PLACED) {
            status = OrderStatus.NO_SHOW;
        }
    }

    public Long getId() {
        return id;
    }

    public long getOfferId() {
        return offerId;
    }

    public long getSlotId() {
        return slotId;
    }

    public int getSets() {
        return sets;
    }

    public long getAmount() {
        return amount;
    }

    public String getCustomerName() {
        return customerName;
    }

    public String getPhone() {
        return phone;
    }

    public String getLocale() {
        return locale;
    }

    public String getPickupCode() {
        return pickupCode;
    }

    public OrderStatus getStatus() {
        return status;
    }

    public Instant getPickedUpAt() {
        return pickedUpAt;
    }

    public Long getPaidAmount() {
        return paidAmount;
    }

    public PaymentMethod getPaymentMethod() {
        return paymentMethod;
    }
}
