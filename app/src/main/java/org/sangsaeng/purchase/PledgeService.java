package org.sangsaeng.purchase;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.sangsaeng.membership.CurrentUser;
import org.sangsaeng.membership.CurrentUsers;
import org.sangsaeng.membership.MemberDirectory;
import org.sangsaeng.purchase.domain.Purchase;
import org.sangsaeng.purchase.domain.PurchaseLine;
import org.sangsaeng.purchase.domain.PurchasePledge;
import org.sangsaeng.purchase.domain.PurchasePledges;
import org.sangsaeng.shared.AccessDeniedException;
import org.sangsaeng.shared.InvalidInputException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Members' pledges while the pooled order is open: quantities per line, or nothing this time. */
@Service
@Transactional
public class PledgeService {

    private final PurchasePledges pledges;
    private final PurchaseLookup lookup;
    private final PurchaseViews views;
    private final CurrentUsers currentUsers;
    private final MemberDirectory directory;
    private final Clock clock;

    PledgeService(
            PurchasePledges pledges,
            PurchaseLookup lookup,
            PurchaseViews views,
            CurrentUsers currentUsers,
            MemberDirectory directory,
            Clock clock) {
        this.pledges = pledges;
        this.lookup = lookup;
        this.views = views;
        this.currentUsers = currentUsers;
        this.directory = directory;
        this.clock = clock;
    }

    /** A member pledges (or changes pledges) while the pooled order is open. */
    public PurchaseDetails pledge(long purchaseId, PledgeForm form) {
        CurrentUser me = currentUsers.require();
        Purchase purchase = openForPledges(purchaseId, me);
        Map<Long, PurchaseLine> lines =
                purchase.getLines().stream()
                        .collect(Collectors.toMap(PurchaseLine::getId, Function.identity()));
        if (form == null || form.lines() == null || form.lines().isEmpty()) {
            throw new InvalidInputException("error.pledge.empty");
        }
        for (PledgeForm.LinePledge p : form.lines()) {
            if (p == null) {
                throw new InvalidInputException("error.pledge.empty");
            }
            PurchaseLine line = lines.get(p.lineId());
            if (line == null) {
                throw new InvalidInputException("error.pledge.unknownLine", p.lineId());
            }
            if (p.quantity() < 0 || p.tolerance() < 0) {
                throw new InvalidInputException("error.pledge.negative");
            }
            if (line.getMaxPerMember() != null && p.quantity() > line.getMaxPerMember()) {
                throw new InvalidInputException(
                        "error.pledge.aboveMaximum", line.getMaxPerMember());
            }
        }
        form.lines().forEach(p -> store(p.lineId(), me.id(), p.quantity(), p.tolerance()));
        pledges.flush();
        return views.view(purchase, me);
    }

    /**
     * A member answers "I take nothing this time": nothing on every line (a pledge made before is
     * released), counted as an answer. The member may still pledge while the order is open.
     */
    public PurchaseDetails takeNothing(long purchaseId) {
        CurrentUser me = currentUsers.require();
        Purchase purchase = openForPledges(purchaseId, me);
        purchase.getLines().forEach(line -> store(line.getId(), me.id(), 0, 0));
        pledges.flush();
        return views.view(purchase, me);
    }

    /**
     * A member's answer to their pledge task was not taken: the engine had closed the order when it
     * arrived. Unless the closing counted it, the member's pledge is withdrawn (the purchase's lock
     * orders this with the closing, as for a vote's ballot). Returns false when it was counted.
     */
    public boolean withdraw(long purchaseId, String username) {
        Purchase purchase = lookup.locked(purchaseId);
        if (purchase.getStage() == Stage.ORDERING) {
            pledges.deleteByLineIdInAndMemberId(
                    purchase.getLines().stream().map(PurchaseLine::getId).toList(),
                    directory.userId(username));
            return true;
        }
        return purchase.getStage() == Stage.CANCELLED;
    }

    private Purchase openForPledges(long purchaseId, CurrentUser me) {
        Purchase purchase = lookup.locked(purchaseId);
        if (!me.isMemberOf(purchase.getCoopId())) {
            throw new AccessDeniedException("error.coop.notMember");
        }
        purchase.checkOpenForPledges(clock.instant());
        return purchase;
    }

    /** A line's pledge of a member; a pledge of nothing is kept too, as the member's answer. */
    private void store(long lineId, long memberId, long quantity, long tolerance) {
        Instant now = clock.instant();
        Optional<PurchasePledge> existing = pledges.findByLineIdAndMemberId(lineId, memberId);
        if (existing.isPresent()) {
            existing.get().change(quantity, tolerance, now);
        } else {
            pledges.save(new PurchasePledge(lineId, memberId, quantity, tolerance, now));
        }
    }
}
