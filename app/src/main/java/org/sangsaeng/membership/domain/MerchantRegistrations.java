package org.sangsaeng.membership.domain;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.sangsaeng.membership.RegistrationStatus;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface MerchantRegistrations extends JpaRepository<MerchantRegistration, Long> {

    boolean existsByUsernameAndStatusInAndIdNot(
            String username, Collection<RegistrationStatus> open, long id);

    boolean existsByUsernameAndStatusIn(String username, Collection<RegistrationStatus> open);

    boolean existsByPhoneAndStatusInAndIdNot(
            String phone, Collection<RegistrationStatus> open, long id);

    Optional<MerchantRegistration> findByReviseTokenHash(String reviseTokenHash);

    /** The sign-up an account was made from, if it was. */
    Optional<MerchantRegistration> findFirstByAccountId(Long accountId);

    @Query(
            nativeQuery = true,
            value =
                    "select x.id as id, concat(x.display_name, ' · ', x.shop_name) as title"
                            + " from merchant_registration x where x.id in (:ids)")
    List<org.sangsaeng.shared.BusinessSummaries.Title> findTitles(
            @Param("ids") Collection<Long> ids);
}
