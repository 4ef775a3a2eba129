package org.sangsaeng.membership.domain;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface CoopInvitations extends JpaRepository<CoopInvitation, Long> {

    Optional<CoopInvitation> findByTokenHash(String tokenHash);
}
