package org.sangsaeng.membership;

import java.util.Collection;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.sangsaeng.shared.InvalidInputException;
import org.sangsaeng.shared.Texts;

/**
 * What an account's details must be, checked before anything is written; each refusal names the
 * mistake.
 */
final class AccountInput {

    /** As the database's ck_app_user_username. */
    static final Pattern USERNAME = Pattern.compile("[a-z0-9._-]{3,64}");

    /** The prefix of anonymised accounts' names, which nobody else may take. */
    static final String LEFT_PREFIX = "left-";

    private static final Pattern MOBILE = Pattern.compile("01[016789][0-9]{7,8}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    /** The roles an administrator gives; MEMBER and LEADER come from co-op memberships. */
    static final Set<Role> GIVEN = EnumSet.of(Role.SUPPLIER, Role.FOUNDATION, Role.ADMIN);

    static final Set<Role> PRIVILEGED = EnumSet.of(Role.FOUNDATION, Role.ADMIN);

    private AccountInput() {}

    static String username(String username) {
        String name = username == null ? "" : username.trim();
        if (!USERNAME.matcher(name).matches()) {
            throw new InvalidInputException("error.account.username", name);
        }
        if (name.startsWith(LEFT_PREFIX)) {
            throw new InvalidInputException("error.account.usernameReserved", LEFT_PREFIX);
        }
        return name;
    }

    static String displayName(String displayName) {
        return Texts.required(displayName, 100, "error.account.displayNameRequired");
    }

    /** A Korean mobile number as 010-1234-5678, or null when none was given. */
    static String phone(String phone) {
        if (phone == null || phone.isBlank()) {
            return null;
        }
        String digits = phone.replaceAll("[\\s-]", "");
        if (!MOBILE.matcher(digits).matches()) {
            throw new InvalidInputException("error.account.phone", phone.trim());
        }
        return digits.substring(0, 3)
                + "-"
                + digits.substring(3, digits.length() - 4)
                + "-"
                + digits.substring(digits.length() - 4);
    }

    static String email(String email) {
        if (email == null || email.isBlank()) {
            return null;
        }
        String address = email.trim();
        if (address.length() > 254 || !EMAIL.matcher(address).matches()) {
            throw new InvalidInputException("error.account.email", address);
        }
        return address;
    }

    static Set<Role> roles(Collection<Role> roles) {
        Set<Role> given = EnumSet.noneOf(Role.class);
        if (roles != null) {
            for (Role role : roles) {
                if (role == null || !GIVEN.contains(role)) {
                    throw new InvalidInputException("error.account.unknownRole", role);
                }
                given.add(role);
            }
        }
        return given;
    }

    /** A role by its name as a client sends it; a role that cannot be given is refused by name. */
    static Role role(String name) {
        try {
            return Role.valueOf(name.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new InvalidInputException("error.account.unknownRole", name);
        }
    }
}
