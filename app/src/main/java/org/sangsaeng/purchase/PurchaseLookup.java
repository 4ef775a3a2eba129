package org.sangsaeng.purchase;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.sangsaeng.governance.CoopRulesService;
import org.sangsaeng.governance.RuleSet;
import org.sangsaeng.membership.CurrentUser;
import org.sangsaeng.purchase.domain.Purchase;
import org.sangsaeng.purchase.domain.Purchases;
import org.sangsaeng.shared.NotFoundException;
import org.springframework.stereotype.Component;

/**
 * Finding a purchase the way every purchase service does: by id, locked, or as a person sees it.
 */
@Component
class PurchaseLookup {

    private final Purchases purchases;
    private final CoopRulesService rules;

    PurchaseLookup(Purchases purchases, CoopRulesService rules) {
        this.purchases = purchases;
        this.rules = rules;
    }

    Purchase find(long purchaseId) {
        return purchases
                .findById(purchaseId)
                .orElseThrow(() -> new NotFoundException("error.purchase.notFound", purchaseId));
    }

    /**
     * For a step that changes the purchase: its row locked until the step commits, so a step of the
     * process and a person's form on the same purchase take turns instead of one failing at commit.
     */
    Purchase locked(long purchaseId) {
        return purchases
                .findForUpdate(purchaseId)
                .orElseThrow(() -> new NotFoundException("error.purchase.notFound", purchaseId));
    }

    /** The purchase, if its co-op's people or its supplier may see it; else not found. */
    Purchase visible(long purchaseId, CurrentUser me) {
        Purchase p = find(purchaseId);
        boolean allowed =
                me.mayRead(p.getCoopId())
                        || (me.supplierId() != null && me.supplierId() == p.getSupplierId());
        if (!allowed) {
            throw new NotFoundException("error.purchase.notFound", purchaseId);
        }
        return p;
    }

    /** The rules the purchase started under. */
    RuleSet rulesOf(Purchase purchase) {
        return rules.version(purchase.getCoopId(), purchase.getRulesVersion());
    }

    /**
     * When a leader's decision or confirmation that falls due now is due, under the purchase's
     * rules.
     */
    Instant decisionDue(long purchaseId) {
        Purchase purchase = find(purchaseId);
        return rules.decisionDue(purchase.getCoopId(), purchase.getRulesVersion());
    }

    /** Times the process and the database keep, in whole seconds. */
    static Instant seconds(Instant t) {
        return t.truncatedTo(ChronoUnit.SECONDS);
    }
}
