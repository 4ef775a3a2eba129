package org.sangsaeng.membership.domain;

import java.util.Collection;
import java.util.Optional;
import org.sangsaeng.membership.RegistrationStatus;
import org.springframework.data.jpa.repository.JpaRepository;

public interface MerchantRegistrations extends JpaRepository<MerchantRegistration, Long> {

    boolean existsByUsernameAndStatusInAndIdNot(String username, Collection<RegistrationStatus> open, long id);

    boolean existsByPhoneAndStatusInAndIdNot(String phone, Collection<RegistrationStatus> open, long id);

    Optional<MerchantRegistration> findByReviseTokenHash(String reviseTokenHash);
}
