package org.sangsaeng.coupons.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface RegularCustomers extends JpaRepository<RegularCustomer, Long> {

    List<RegularCustomer> findByOwnerIdOrderByName(long ownerId);

    List<RegularCustomer> findByOwnerIdAndOptedOutAtIsNullOrderById(long ownerId);

    boolean existsByOwnerIdAndPhone(long ownerId, String phone);

    Optional<RegularCustomer> findByOptOutToken(String token);

    /** Counts one marketing message for the customer today, unless the cap is reached; returns 1 if counted. */
    @Modifying
    @Query(nativeQuery = true, value = "INSERT INTO customer_message_log (customer_id, day, count) VALUES (:customerId, :day, 1)"
            + " ON DUPLICATE KEY UPDATE count = IF(count < :cap, count + 1, count)")
    int countMessage(@Param("customerId") long customerId, @Param("day") LocalDate day, @Param("cap") int cap);

    @Query(nativeQuery = true, value = "SELECT COALESCE(MAX(count), 0) FROM customer_message_log WHERE customer_id = :customerId AND day = :day")
    int messagesOn(@Param("customerId") long customerId, @Param("day") LocalDate day);
}
