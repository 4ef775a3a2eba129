package org.sangsaeng.coupons.domain;

import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface ShopMessages extends JpaRepository<ShopMessage, Long> {

    List<ShopMessage> findTop20ByOwnerIdOrderBySentAtDesc(long ownerId);

    Optional<ShopMessage> findByPublicToken(String publicToken);

    /** What SOLAPI made of a message's photo, without reading the photo; empty when it has none. */
    @Query(
            "select m.mmsFileId as mmsFileId, m.mmsRefusal as mmsRefusal from ShopMessage m"
                    + " where m.id = :id and m.photo is not null")
    Optional<MmsState> findMmsById(@Param("id") long id);

    interface MmsState {
        String getMmsFileId();

        String getMmsRefusal();
    }

    /**
     * Locked till the transaction ends: two nodes keeping an MMS upload at once keep the same one.
     */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select m from ShopMessage m where m.id = :id")
    Optional<ShopMessage> lockById(@Param("id") long id);
}
