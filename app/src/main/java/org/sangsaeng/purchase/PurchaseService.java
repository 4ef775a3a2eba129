package org.sangsaeng.purchase;

import java.util.List;
import org.sangsaeng.membership.CurrentUser;
import org.sangsaeng.membership.CurrentUsers;
import org.sangsaeng.purchase.domain.Purchases;
import org.sangsaeng.shared.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Group purchases as people see them: a co-op's purchases, one purchase, a supplier's orders. A
 * leader proposes with {@link ProposalService}, members pledge with {@link PledgeService}, bills
 * are read with {@link BillService}.
 */
@Service
@Transactional(readOnly = true)
public class PurchaseService {

    public static final String PROCESS_ID = "group-purchase";
    static final String BUSINESS_KEY_PREFIX = PROCESS_ID + "-";
    private final Purchases purchases;
    private final PurchaseLookup lookup;
    private final PurchaseViews views;
    private final CurrentUsers currentUsers;

    PurchaseService(
            Purchases purchases,
            PurchaseLookup lookup,
            PurchaseViews views,
            CurrentUsers currentUsers) {
        this.purchases = purchases;
        this.lookup = lookup;
        this.views = views;
        this.currentUsers = currentUsers;
    }

    public List<PurchaseView> ofCoop(long coopId) {
        CurrentUser me = currentUsers.require();
        if (!me.mayRead(coopId)) {
            throw new AccessDeniedException("error.coop.notMember");
        }
        return purchases.findByCoopIdOrderByIdDesc(coopId).stream()
                .map(p -> views.view(p, me))
                .toList();
    }

    /** The orders of the signed-in supplier. */
    public List<PurchaseView> forMySupplier() {
        CurrentUser me = currentUsers.require();
        if (me.supplierId() == null) {
            return List.of();
        }
        return purchases.findBySupplierIdOrderByIdDesc(me.supplierId()).stream()
                .filter(p -> p.getStage().ordinal() >= Stage.AWAITING_SUPPLIER.ordinal())
                .map(p -> views.view(p, me))
                .toList();
    }

    /**
     * The orders of the signed-in supplier's account; refused for anyone who does not speak for a
     * supplier.
     */
    public List<PurchaseView> mySupplierOrders() {
        if (currentUsers.require().supplierId() == null) {
            throw new AccessDeniedException("error.supplier.notSupplier");
        }
        return forMySupplier();
    }

    public PurchaseView get(long purchaseId) {
        CurrentUser me = currentUsers.require();
        return views.view(lookup.visible(purchaseId, me), me);
    }
}
