package org.sangsaeng.membership.domain;

import java.util.List;
import java.util.Optional;
import org.sangsaeng.membership.Role;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;
import org.springframework.data.jpa.repository.JpaRepository;

public interface UserAccounts extends JpaRepository<UserAccount, Long> {

    Optional<UserAccount> findByUsername(String username);

    @Query("select a.id from UserAccount a join a.roles r where r = :role and a.enabled = true")
    List<Long> idsWithRole(@Param("role") Role role);

    /** Whether any enabled account has no global role, i.e. belongs to a merchant. */
    @Query("select count(a) > 0 from UserAccount a where a.enabled = true and a.roles is empty")
    boolean anyMerchant();
}
