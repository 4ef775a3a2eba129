package org.sangsaeng.sale;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.sangsaeng.governance.CoopRulesService;
import org.sangsaeng.governance.RuleSet;
import org.sangsaeng.membership.CurrentUser;
import org.sangsaeng.membership.CurrentUsers;
import org.sangsaeng.membership.MemberDirectory;
import org.sangsaeng.sale.domain.JointOffer;
import org.sangsaeng.sale.domain.JointOffers;
import org.sangsaeng.sale.domain.JointOrder;
import org.sangsaeng.sale.domain.JointOrders;
import org.sangsaeng.sale.domain.JointSaleShare;
import org.sangsaeng.sale.domain.JointSaleShares;
import org.sangsaeng.shared.AccessDeniedException;
import org.sangsaeng.shared.BusinessException;
import org.sangsaeng.shared.InvalidInputException;
import org.sangsaeng.shared.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The money of joint sales: the leader confirms customers' bank transfers and records each shop's
 * payout; members read a closed sale's statement; a shop reads its own ledger of shares.
 */
@Service
@Transactional
public class SaleLedger {

    /** One line of a shop's ledger: its share of a closed sale, and when the co-op paid it. */
    public record LedgerEntry(
            long offerId, String offerTitle, Instant closedAt, long amount, Instant paidOutAt) {}

    private final JointOffers offers;
    private final JointOrders orders;
    private final JointSaleShares shares;
    private final CoopRulesService rules;
    private final MemberDirectory directory;
    private final SaleNotices notices;
    private final CurrentUsers currentUsers;
    private final Clock clock;

    SaleLedger(
            JointOffers offers,
            JointOrders orders,
            JointSaleShares shares,
            CoopRulesService rules,
            MemberDirectory directory,
            SaleNotices notices,
            CurrentUsers currentUsers,
            Clock clock) {
        this.offers = offers;
        this.orders = orders;
        this.shares = shares;
        this.rules = rules;
        this.directory = directory;
        this.notices = notices;
        this.currentUsers = currentUsers;
        this.clock = clock;
    }

    /**
     * The leader found an order's transfer in the co-op's account: the order is paid and the
     * customer is told nothing more is due at the counter.
     */
    public SaleCounter.OrderLine confirmTransfer(long offerId, String typedCode) {
        JointOffer offer = leaderOf(offerId);
        if (!offer.acceptsTransfers()) {
            throw new BusinessException("error.sale.noTransfers");
        }
        String code = OrderCodes.normalize(typedCode);
        if (code.isEmpty()) {
            throw new InvalidInputException("error.sale.codeRequired");
        }
        JointOrder order =
                orders.findByCodeForUpdate(code)
                        .filter(o -> o.getOfferId() == offerId)
                        .orElseThrow(
                                () -> new NotFoundException("error.sale.codeNotOfOffer", code));
        order.confirmTransfer(currentUsers.require().id(), clock.instant());
        notices.transferConfirmed(offer, order);
        return SaleCounter.line(order);
    }

    /** The leader paid a shop its share of a closed sale; recorded once. */
    public SaleStatement payOut(long offerId, String shop) {
        JointOffer offer = leaderOf(offerId);
        if (!offer.isSettled()) {
            throw new BusinessException("error.sale.notSettled");
        }
        long shopId =
                directory
                        .userIdOf(shop == null ? "" : shop.strip())
                        .orElseThrow(() -> new NotFoundException("error.sale.notAShop", shop));
        JointSaleShare share =
                shares.findForUpdate(offerId, shopId)
                        .orElseThrow(() -> new NotFoundException("error.sale.notAShop", shop));
        share.payOut(currentUsers.require().id(), clock.instant());
        return statement(offerId);
    }

    /**
     * A closed sale's statement for the members of its co-op: what customers paid, the fee and the
     * costs with the rates they came from, and each shop's share with its numbers and payout.
     */
    @Transactional(readOnly = true)
    public SaleStatement statement(long offerId) {
        JointOffer offer =
                offers.findById(offerId)
                        .orElseThrow(() -> new NotFoundException("error.sale.notFound", offerId));
        if (!currentUsers.require().mayRead(offer.getCoopId())) {
            throw new AccessDeniedException("error.coop.notMember");
        }
        if (!offer.isSettled()) {
            throw new BusinessException("error.sale.notSettled");
        }
        RuleSet r = rules.version(offer.getCoopId(), offer.getRulesVersion());
        List<JointSaleShare> rows = shares.findByOfferIdOrderById(offerId);
        Map<Long, MemberDirectory.Person> people =
                directory.people(rows.stream().map(JointSaleShare::getShopUserId).toList());
        return new SaleStatement(
                offerId,
                offer.getReceived(),
                offer.getSaleFee(),
                offer.getCardCosts(),
                offer.getTransferCosts(),
                r.saleFeeBasisPoints(),
                r.cardFeeBasisPoints(),
                r.transferFeeWon(),
                rows.stream()
                        .map(
                                s ->
                                        new SaleStatement.Line(
                                                people.get(s.getShopUserId()).username(),
                                                directory.shopName(
                                                        s.getShopUserId(), offer.getCoopId()),
                                                s.getPartValue(),
                                                s.getTotalValue(),
                                                s.getRoundedDown(),
                                                s.getRemainder(),
                                                s.isLeftoverWon(),
                                                s.getAmount(),
                                                s.getPaidOutAt()))
                        .toList());
    }

    /** The signed-in shop's shares of closed joint sales, newest first. */
    @Transactional(readOnly = true)
    public List<LedgerEntry> myLedger() {
        CurrentUser me = currentUsers.require();
        List<JointSaleShare> mine = shares.findByShopUserIdOrderByIdDesc(me.id());
        // One read for the offers of all lines, not one per line.
        Map<Long, JointOffer> closed =
                offers.findAllById(mine.stream().map(JointSaleShare::getOfferId).toList()).stream()
                        .collect(Collectors.toMap(JointOffer::getId, o -> o));
        return mine.stream()
                .map(
                        s -> {
                            JointOffer offer = closed.get(s.getOfferId());
                            return new LedgerEntry(
                                    offer.getId(),
                                    offer.getTitle(),
                                    offer.getClosedAt(),
                                    s.getAmount(),
                                    s.getPaidOutAt());
                        })
                .toList();
    }

    private JointOffer leaderOf(long offerId) {
        JointOffer offer =
                offers.findById(offerId)
                        .orElseThrow(() -> new NotFoundException("error.sale.notFound", offerId));
        if (!currentUsers.require().isLeaderOf(offer.getCoopId())) {
            throw new AccessDeniedException("error.sale.leaderOnly");
        }
        return offer;
    }
}
