package org.sangsaeng.statistics;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.sangsaeng.membership.BusinessType;
import org.sangsaeng.shared.Won;
import org.sangsaeng.tasks.TaskView;

/**
 * The dashboard's figures for one filter (dates resolved). Counts of things that happen (joins,
 * purchases, joint sales, votes, coupons, jobs, step times) are of the period; totals of members
 * and stuck tasks are as of now.
 */
public record Statistics(
        StatisticsFilter filter,
        String scopeName,
        Instant computedAt,
        Members members,
        List<BusinessTypeActivity> businessTypes,
        PurchaseFunnel purchases,
        JointSales jointSales,
        List<VoteTurnout> votes,
        List<StepTime> stepTimes,
        List<ShopCoupons> coupons,
        Jobs jobs,
        StuckWork stuck) {

    /**
     * Active members now; those who joined today and yesterday (Asia/Seoul); joins per day of the
     * period.
     */
    public record Members(long total, long newToday, long newYesterday, List<DayCount> growth) {}

    /**
     * Members who joined on a day, and how many members there were at its end (of those active
     * now).
     */
    public record DayCount(LocalDate day, long joined, long total) {}

    public record BusinessTypeActivity(
            BusinessType type, long members, long purchases, long coupons, long jobPosts) {

        public long activity() {
            return purchases + coupons + jobPosts;
        }
    }

    /**
     * Group purchases proposed in the period, by how far they got: voted on, ordered from the
     * supplier, confirmed by the supplier, settled (closed after payment and delivery).
     */
    public record PurchaseFunnel(
            long proposed,
            long voted,
            long ordered,
            long confirmed,
            long settled,
            List<StageCount> byStage,
            Won billed) {}

    public record StageCount(String stage, long count) {}

    /**
     * Joint sales that ended in the period (closed, or cancelled with their orders), counted in the
     * month they ended: sales closed; their orders by how they ended; the sets handed over and what
     * customers paid for them at the counter (revenue); what the no-shows had ordered and never
     * collected; the best-selling offers and the shops with the largest shares.
     */
    public record JointSales(
            long closed,
            long orders,
            long pickedUp,
            long noShows,
            long cancelled,
            long setsSold,
            Won revenue,
            Won notCollected,
            List<OfferSales> topOffers,
            List<ShopShares> topShops) {

        /**
         * No-shows of the orders that were due at the counter (picked up or not), in whole percent,
         * rounded down.
         */
        public int noShowPercent() {
            long due = pickedUp + noShows;
            return due == 0 ? 0 : (int) (noShows * 100 / due);
        }
    }

    /**
     * A closed joint offer: the orders handed over, their sets and what customers paid for them.
     */
    public record OfferSales(
            long offerId,
            long coopId,
            String coopName,
            String title,
            Instant closedAt,
            long orders,
            long sets,
            Won revenue) {}

    /**
     * A shop's shares of the joint sales that closed in the period ({@code joint_sale_share}), and
     * of how many.
     */
    public record ShopShares(
            long coopId,
            String coopName,
            long shopUserId,
            String shopName,
            long offers,
            Won amount) {}

    public record VoteTurnout(
            long voteId, String title, Instant openedAt, int electorate, int voted) {

        public int turnoutPercent() {
            return electorate == 0 ? 0 : voted * 100 / electorate;
        }
    }

    /**
     * How long a step of the group-purchase process took (finished steps that started in the
     * period).
     */
    public record StepTime(String elementId, long count, Duration average, Duration p90) {}

    public record ShopCoupons(long coopId, String shopName, long issued, long redeemed) {}

    /**
     * Job posts of the period; filled = every position taken; time to fill up to the last
     * acceptance.
     */
    public record Jobs(long posted, long filled, Duration averageTimeToFill) {}

    public record StuckWork(
            Duration threshold, long total, List<StuckGroup> groups, List<StuckTask> oldest) {}

    public record StuckGroup(
            long coopId,
            String coopName,
            String processId,
            String elementId,
            long count,
            Instant oldestSince) {

        public String nameKey() {
            return TaskView.nameKey(processId, elementId);
        }
    }

    public record StuckTask(
            long taskId,
            long coopId,
            String coopName,
            String processId,
            String elementId,
            Instant openSince) {

        public String nameKey() {
            return TaskView.nameKey(processId, elementId);
        }
    }
}
