package org.sangsaeng.membership.domain;

import jakarta.persistence.LockModeType;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.sangsaeng.membership.Role;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface UserAccounts extends JpaRepository<UserAccount, Long> {

    /**
     * The account with its roles, in one statement whose plan Hibernate keeps (every request asks
     * this; an entity graph would be translated anew on every call).
     */
    @Query("select a from UserAccount a left join fetch a.roles where a.username = :username")
    Optional<UserAccount> findByUsername(@Param("username") String username);

    @Query("select a.id from UserAccount a join a.roles r where r = :role and a.enabled = true")
    List<Long> idsWithRole(@Param("role") Role role);

    /** Whether any enabled account has no global role, i.e. belongs to a merchant. */
    @Query("select count(a) > 0 from UserAccount a where a.enabled = true and a.roles is empty")
    boolean anyMerchant();

    /**
     * The active admins, locked until the transaction ends: two admins taking each other's role at
     * the same moment (on two app nodes) cannot both see the other one still there.
     */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query(
            "select a from UserAccount a join a.roles r where r = org.sangsaeng.membership.Role.ADMIN and a.enabled = true")
    List<UserAccount> lockActiveAdmins();

    boolean existsByPhoneIn(Collection<String> phones);

    /**
     * Accounts whose username, display name or phone contains the text (lower case, % and _
     * escaped), by username.
     */
    @Query(
            value =
                    "select a from UserAccount a where (:text is null or lower(a.username) like :text escape '!'"
                            + " or lower(a.displayName) like :text escape '!' or a.phone like :text escape '!'"
                            + " or replace(a.phone, '-', '') like :text escape '!')"
                            + " and (:role is null or :role member of a.roles)"
                            + " and (:merchants = false or a.roles is empty)"
                            + " and (:active is null or a.enabled = :active)",
            countQuery =
                    "select count(a) from UserAccount a where (:text is null or lower(a.username) like :text escape '!'"
                            + " or lower(a.displayName) like :text escape '!' or a.phone like :text escape '!'"
                            + " or replace(a.phone, '-', '') like :text escape '!')"
                            + " and (:role is null or :role member of a.roles)"
                            + " and (:merchants = false or a.roles is empty)"
                            + " and (:active is null or a.enabled = :active)")
    Page<UserAccount> search(
            @Param("text") String text,
            @Param("role") Role role,
            @Param("merchants") boolean merchants,
            @Param("active") Boolean active,
            Pageable pageable);

    /**
     * Enabled merchants (accounts without a role) whose name, username or the shop of one of their
     * memberships contains the text (lower case, % and _ escaped), by display name: founders to
     * choose.
     */
    @Query(
            "select a from UserAccount a where a.enabled = true and a.roles is empty"
                    + " and (lower(a.displayName) like :text escape '!' or lower(a.username) like :text escape '!'"
                    + " or exists (select m.id from Membership m where m.userId = a.id and lower(m.shopName) like :text escape '!'))"
                    + " order by a.displayName, a.username")
    List<UserAccount> searchMerchants(@Param("text") String text, Pageable pageable);
}
