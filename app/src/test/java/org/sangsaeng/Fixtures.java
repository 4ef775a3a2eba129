package org.sangsaeng;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.sangsaeng.coop.CoopService;
import org.sangsaeng.membership.AccountService;
import org.sangsaeng.membership.BusinessType;
import org.sangsaeng.membership.Role;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * A co-op with a leader and a member, a merchant outside it and a leader of another co-op; names
 * unique per call.
 */
public record Fixtures(
        long coopId,
        long otherCoopId,
        String leader,
        String member,
        String applicant,
        String otherLeader) {

    public static final String PASSWORD = "test-password-1";

    public static Fixtures create(AccountService accounts, CoopService coops) {
        String s = UUID.randomUUID().toString().substring(0, 8);
        long coop = coops.createCoop("테스트시장-" + s, "성남시 중원구", "테스트조합-" + s, "test");
        long other = coops.createCoop("테스트시장-" + s, "성남시 중원구", "다른조합-" + s, "test");
        Fixtures f =
                new Fixtures(
                        coop, other, "leader-" + s, "member-" + s, "applicant-" + s, "other-" + s);
        accounts.addMembership(
                coop,
                accounts.createAccount(f.leader, PASSWORD, "김조합장", Set.of()),
                true,
                BusinessType.BAKERY,
                "태평당");
        accounts.addMembership(
                coop,
                accounts.createAccount(f.member, PASSWORD, "박조합원", Set.of()),
                false,
                BusinessType.BUTCHER,
                "박씨네");
        accounts.createAccount(f.applicant, PASSWORD, "오신청", Set.of());
        accounts.addMembership(
                other,
                accounts.createAccount(f.otherLeader, PASSWORD, "강조합장", Set.of()),
                true,
                BusinessType.FISH,
                "강씨 수산");
        return f;
    }

    /**
     * Adds {@code n} more members to the co-op: accounts {@code prefix-xxxxxxxx} named {@code name
     * 0..n-1}, each with the shop {@code shop 0..n-1} of that business type; their usernames in
     * that order. With the leader and the member, the co-op then has n + 2 members.
     */
    public List<String> addMembers(
            AccountService accounts,
            int n,
            String prefix,
            String name,
            BusinessType type,
            String shop) {
        List<String> usernames = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            String username = prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
            accounts.addMembership(
                    coopId,
                    accounts.createAccount(username, PASSWORD, name + i, Set.of()),
                    false,
                    type,
                    shop + " " + i);
            usernames.add(username);
        }
        return usernames;
    }

    /** A supplier's account (role SUPPLIER) and the supplier it answers for. */
    public record SupplierAccount(String username, long id) {}

    /**
     * A supplier named {@code name} (made unique) selling {@code goods}, with an account {@code
     * prefix-xxxxxxxx} that answers its orders.
     */
    public static SupplierAccount addSupplier(
            AccountService accounts, CoopService coops, String prefix, String name, String goods) {
        String username = prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
        long user = accounts.createAccount(username, PASSWORD, name, Set.of(Role.SUPPLIER));
        return new SupplierAccount(
                username, coops.createSupplier(name + " " + username, goods, user));
    }

    /** A foundation officer ("상권재단") with the account {@code prefix-xxxxxxxx}; its username. */
    public static String addFoundationOfficer(AccountService accounts, String prefix) {
        String username = prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
        accounts.createAccount(username, PASSWORD, "상권재단", Set.of(Role.FOUNDATION));
        return username;
    }

    /** The leader, the member and the others added: everyone who votes in the co-op. */
    public List<String> everyone(List<String> others) {
        List<String> all = new ArrayList<>(List.of(leader, member));
        all.addAll(others);
        return all;
    }

    public static void signIn(String username) {
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(username, null, List.of()));
        SecurityContextHolder.setContext(context);
    }

    public static void signOut() {
        SecurityContextHolder.clearContext();
    }

    public static Set<Role> none() {
        return Set.of();
    }
}
