package org.sangsaeng.notifications.domain;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface Recipients extends JpaRepository<Recipient, Long> {

    Optional<Recipient> findByUsername(String username);

    /** Contact addresses are the person's own notification settings. */
    @Modifying
    @Query(
            nativeQuery = true,
            value = "UPDATE app_user SET email = :email, phone = :phone WHERE id = :id")
    void updateContact(
            @Param("id") long id, @Param("email") String email, @Param("phone") String phone);
}
