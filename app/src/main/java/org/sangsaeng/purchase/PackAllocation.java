package org.sangsaeng.purchase;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.sangsaeng.shared.InvalidInputException;

/**
 * The pledges for one line rounded to whole packs, and the units of those packs shared out first
 * come, first served: firm quantities in pledge order, then tolerances in pledge order. So when
 * units run short, the member who pledged last loses first. Ties in time go to the smaller member
 * id, so the outcome never depends on the order pledges happen to be listed in.
 */
public final class PackAllocation {

    static final Comparator<Pledge> FIRST_COME =
            Comparator.comparing(Pledge::pledgedAt).thenComparingLong(Pledge::memberId);

    private final PackLine line;
    private final PackFill fill;
    private final long orderedPacks;
    private final long packs;
    private final List<MemberAllocation> members;

    private PackAllocation(
            PackLine line,
            PackFill fill,
            long orderedPacks,
            long packs,
            List<MemberAllocation> members) {
        this.line = line;
        this.fill = fill;
        this.orderedPacks = orderedPacks;
        this.packs = packs;
        this.members = members;
    }

    /**
     * Rounds the pledges to the packs to order and allocates their units.
     *
     * @throws InvalidInputException if a member pledged twice for the line ({@code
     *     error.pledge.duplicate}) or above the line's maximum ({@code error.pledge.aboveMaximum})
     */
    public static PackAllocation of(PackLine line, Collection<Pledge> pledges) {
        List<Pledge> inOrder = pledges.stream().sorted(FIRST_COME).toList();
        Set<Long> seen = new HashSet<>();
        long firmUnits = 0;
        long toleranceUnits = 0;
        for (Pledge pledge : inOrder) {
            if (!seen.add(pledge.memberId())) {
                throw new InvalidInputException("error.pledge.duplicate", pledge.memberId());
            }
            if (line.maximumPerMember() != null && pledge.quantity() > line.maximumPerMember()) {
                throw new InvalidInputException(
                        "error.pledge.aboveMaximum",
                        pledge.memberId(),
                        pledge.quantity(),
                        line.maximumPerMember());
            }
            firmUnits = Math.addExact(firmUnits, pledge.quantity());
            toleranceUnits = Math.addExact(toleranceUnits, pledge.tolerance());
        }
        PackFill fill = PackFill.of(line.packSize(), firmUnits, toleranceUnits);
        long packs = fill.packsToOrder();
        return new PackAllocation(
                line,
                fill,
                packs,
                packs,
                allocate(inOrder, Math.multiplyExact(packs, line.packSize())));
    }

    /**
     * The same pledges shared out again over the packs the supplier confirmed, by the same rule.
     *
     * @throws InvalidInputException ({@code error.allocation.confirmedPacks}) if the supplier
     *     confirmed fewer than none or more packs than were ordered
     */
    public PackAllocation afterSupplierConfirmed(long confirmedPacks) {
        if (confirmedPacks < 0 || confirmedPacks > orderedPacks) {
            throw new InvalidInputException(
                    "error.allocation.confirmedPacks", confirmedPacks, orderedPacks);
        }
        List<Pledge> inOrder = members.stream().map(MemberAllocation::pledge).toList();
        return new PackAllocation(
                line,
                fill,
                orderedPacks,
                confirmedPacks,
                allocate(inOrder, Math.multiplyExact(confirmedPacks, line.packSize())));
    }

    private static List<MemberAllocation> allocate(List<Pledge> inOrder, long units) {
        long left = units;
        long[] firm = new long[inOrder.size()];
        for (int i = 0; i < firm.length; i++) {
            firm[i] = Math.min(inOrder.get(i).quantity(), left);
            left -= firm[i];
        }
        List<MemberAllocation> allocations = new ArrayList<>(firm.length);
        for (int i = 0; i < firm.length; i++) {
            long tolerance = Math.min(inOrder.get(i).tolerance(), left);
            left -= tolerance;
            allocations.add(new MemberAllocation(inOrder.get(i), firm[i], tolerance));
        }
        // The packs never hold more than firm quantities plus tolerances, so every unit finds a
        // member.
        if (left != 0) {
            throw new IllegalStateException(left + " units left over allocating " + units);
        }
        return List.copyOf(allocations);
    }

    public PackLine line() {
        return line;
    }

    /** The rounding and the fill of the next pack, from the pledges alone. */
    public PackFill fill() {
        return fill;
    }

    /** The packs ordered from the supplier. */
    public long orderedPacks() {
        return orderedPacks;
    }

    /** The packs shared out: as ordered, or as the supplier confirmed. */
    public long packs() {
        return packs;
    }

    /** The units shared out: {@link #packs()} times the pack size. */
    public long units() {
        return packs * line.packSize();
    }

    /** Every pledging member, in pledge order, including those who receive nothing. */
    public List<MemberAllocation> members() {
        return members;
    }

    public Optional<MemberAllocation> member(long memberId) {
        return members.stream().filter(m -> m.memberId() == memberId).findFirst();
    }

    @Override
    public String toString() {
        return "PackAllocation[line="
                + line.lineId()
                + ", packs="
                + packs
                + " of "
                + orderedPacks
                + " ordered, members="
                + members
                + "]";
    }
}
