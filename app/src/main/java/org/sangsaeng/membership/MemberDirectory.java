package org.sangsaeng.membership;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.sangsaeng.coop.CoopService;
import org.sangsaeng.membership.domain.Membership;
import org.sangsaeng.membership.domain.Memberships;
import org.sangsaeng.membership.domain.MerchantRegistration;
import org.sangsaeng.membership.domain.MerchantRegistrations;
import org.sangsaeng.membership.domain.UserAccount;
import org.sangsaeng.membership.domain.UserAccounts;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Who belongs to a candidate group, for messages to the people a task waits for. */
@Service
@Transactional(readOnly = true)
public class MemberDirectory {

    private final Memberships memberships;
    private final UserAccounts accounts;
    private final CoopService coops;
    private final MerchantRegistrations registrations;

    MemberDirectory(
            Memberships memberships,
            UserAccounts accounts,
            CoopService coops,
            MerchantRegistrations registrations) {
        this.memberships = memberships;
        this.accounts = accounts;
        this.coops = coops;
        this.registrations = registrations;
    }

    /** Whether any merchant (an account without a global role) can sign in yet. */
    public boolean hasMerchants() {
        return accounts.anyMerchant();
    }

    /** A member as a flow needs to name them. */
    public record Member(long id, String username) {}

    /** The co-op's active members now, in the order they joined. */
    public List<Member> activeMembers(long coopId) {
        List<Membership> active =
                memberships.findByCoopIdAndStatusOrderByJoinedAt(coopId, Membership.Status.ACTIVE);
        Map<Long, String> names =
                accounts.findAllById(active.stream().map(Membership::getUserId).toList()).stream()
                        .collect(Collectors.toMap(UserAccount::getId, UserAccount::getUsername));
        return active.stream()
                .map(m -> new Member(m.getUserId(), names.get(m.getUserId())))
                .toList();
    }

    /** An account as lists show it: who (username) and by what name. */
    public record Person(long id, String username, String displayName) {}

    /**
     * A merchant as a founder search shows them: the shop of one of their memberships, if they have
     * one.
     */
    public record Merchant(
            long id,
            String username,
            String displayName,
            String shopName,
            BusinessType businessType) {}

    /** Up to {@code limit} enabled merchants whose name, username or shop contains {@code text}. */
    public List<Merchant> searchMerchants(String text, int limit) {
        String q = text == null ? "" : text.strip().toLowerCase(java.util.Locale.ROOT);
        if (q.isEmpty()) {
            return List.of();
        }
        String like = "%" + q.replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%";
        return accounts
                .searchMerchants(
                        like,
                        org.springframework.data.domain.PageRequest.of(0, Math.min(limit, 50)))
                .stream()
                .map(this::merchant)
                .toList();
    }

    /** The enabled merchant (an account without a role) with this username, if there is one. */
    public java.util.Optional<Merchant> merchant(String username) {
        return java.util.Optional.ofNullable(username)
                .map(String::strip)
                .flatMap(accounts::findByUsername)
                .filter(a -> a.isEnabled() && a.getRoles().isEmpty())
                .map(this::merchant);
    }

    // The shop from a membership, else from the merchant's own approved sign-up (not in a co-op
    // yet).
    private Merchant merchant(UserAccount a) {
        var shop = memberships.findByUserId(a.getId()).stream().findFirst();
        if (shop.isPresent()) {
            return new Merchant(
                    a.getId(),
                    a.getUsername(),
                    a.getDisplayName(),
                    shop.get().getShopName(),
                    shop.get().getBusinessType());
        }
        var signUp = registrations.findFirstByAccountId(a.getId());
        return new Merchant(
                a.getId(),
                a.getUsername(),
                a.getDisplayName(),
                signUp.map(MerchantRegistration::getShopName).orElse(null),
                signUp.map(MerchantRegistration::getBusinessType).orElse(null));
    }

    /**
     * Usernames and display names of accounts, read in one query, for lists that show who did what.
     */
    public Map<Long, Person> people(Collection<Long> userIds) {
        return accounts.findAllById(new HashSet<>(userIds)).stream()
                .collect(
                        Collectors.toMap(
                                UserAccount::getId,
                                a -> new Person(a.getId(), a.getUsername(), a.getDisplayName())));
    }

    public Person person(long userId) {
        return people(List.of(userId)).get(userId);
    }

    /** The shop a member keeps in a co-op (empty if they are not its member). */
    public String shopName(long userId, long coopId) {
        return memberships.findByUserIdAndStatus(userId, Membership.Status.ACTIVE).stream()
                .filter(m -> m.getCoopId() == coopId)
                .map(Membership::getShopName)
                .findFirst()
                .orElse("");
    }

    /** Display names of accounts, read in one query, for lists that show who wrote what. */
    public Map<Long, String> displayNames(Collection<Long> userIds) {
        return accounts.findAllById(new HashSet<>(userIds)).stream()
                .collect(Collectors.toMap(UserAccount::getId, UserAccount::getDisplayName));
    }

    public String username(long userId) {
        return accounts.findById(userId).map(UserAccount::getUsername).orElseThrow();
    }

    public java.util.Optional<Long> userIdOf(String username) {
        return accounts.findByUsername(username).map(UserAccount::getId);
    }

    public long userId(String username) {
        return accounts.findByUsername(username).map(UserAccount::getId).orElseThrow();
    }

    /** The ids of the assignee (if any) and of every active user in the groups. */
    public Set<Long> userIds(String assignee, Collection<String> groups) {
        Set<Long> ids = new HashSet<>();
        if (assignee != null) {
            accounts.findByUsername(assignee).map(UserAccount::getId).ifPresent(ids::add);
        }
        for (String group : groups) {
            String[] parts = group.split(":");
            if (parts.length == 3 && parts[0].equals("coop")) {
                long coopId = Long.parseLong(parts[1]);
                boolean leadersOnly = parts[2].equals("leader");
                memberships
                        .findByCoopIdAndStatusOrderByJoinedAt(coopId, Membership.Status.ACTIVE)
                        .stream()
                        .filter(
                                m ->
                                        !leadersOnly
                                                || m.getRole() == Membership.MembershipRole.LEADER)
                        .forEach(m -> ids.add(m.getUserId()));
            } else if (parts.length == 2 && parts[0].equals("supplier")) {
                coops.supplierUserId(Long.parseLong(parts[1])).ifPresent(ids::add);
            } else if (group.equals(CurrentUser.FOUNDATION_GROUP)
                    || group.equals(CurrentUser.ADMIN_GROUP)) {
                Role role =
                        group.equals(CurrentUser.FOUNDATION_GROUP) ? Role.FOUNDATION : Role.ADMIN;
                ids.addAll(accounts.idsWithRole(role));
            }
        }
        return ids;
    }
}
