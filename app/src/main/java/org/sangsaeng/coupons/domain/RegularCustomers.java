package org.sangsaeng.coupons.domain;

import jakarta.persistence.LockModeType;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface RegularCustomers extends JpaRepository<RegularCustomer, Long> {

    List<RegularCustomer> findByOwnerIdOrderByName(long ownerId);

    List<RegularCustomer> findByOwnerIdAndOptedOutAtIsNullOrderById(long ownerId);

    boolean existsByOwnerIdAndPhone(long ownerId, String phone);

    Optional<RegularCustomer> findByOptOutToken(String token);

    /**
     * A shop's customers who still agree to messages, locked until the transaction ends: two
     * messages or coupons of the same shop sent at once count against each customer's daily cap one
     * after the other, and an opt-out waits for a send under way and then cancels what it wrote.
     */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query(
            "select c from RegularCustomer c where c.ownerId = :ownerId and c.optedOutAt is null order by c.id")
    List<RegularCustomer> lockReachable(@Param("ownerId") long ownerId);

    /**
     * Counts one advertising message for the customer on the day (the caller holds the customer's
     * lock).
     */
    @Modifying
    @Query(
            nativeQuery = true,
            value =
                    "INSERT INTO customer_message_log (customer_id, day, count) VALUES (:customerId, :day, 1)"
                            + " ON DUPLICATE KEY UPDATE count = count + 1")
    int countMessage(@Param("customerId") long customerId, @Param("day") LocalDate day);

    /**
     * A locking read: it sees what a send that held the customer's lock before this one counted.
     */
    @Query(
            nativeQuery = true,
            value =
                    "SELECT COALESCE(MAX(count), 0) FROM customer_message_log"
                            + " WHERE customer_id = :customerId AND day = :day FOR UPDATE")
    int messagesOn(@Param("customerId") long customerId, @Param("day") LocalDate day);
}
