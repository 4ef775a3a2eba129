package org.sangsaeng.membership.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface ApiTokens extends JpaRepository<ApiToken, Long> {

    Optional<ApiToken> findByTokenHash(String tokenHash);

    /**
     * The account a token neither expired nor revoked signs in, with its roles: one statement, the
     * first of every API request.
     */
    @Query(
            "select u from ApiToken t join UserAccount u on u.id = t.userId left join fetch u.roles"
                    + " where t.tokenHash = :hash and t.revokedAt is null and t.expiresAt > :now")
    Optional<UserAccount> accountSignedInBy(
            @Param("hash") String tokenHash, @Param("now") Instant now);

    /** The user's tokens still in use, newest first. */
    @Query(
            "select t from ApiToken t where t.userId = :userId and t.revokedAt is null and t.expiresAt > :now"
                    + " order by t.createdAt desc, t.id desc")
    List<ApiToken> findValid(@Param("userId") long userId, @Param("now") Instant now);

    @Modifying
    @Query(
            "update ApiToken t set t.revokedAt = :now where t.userId = :userId and t.revokedAt is null")
    int revokeAll(@Param("userId") long userId, @Param("now") Instant now);

    /** Tokens that can no longer be used, kept a while for reading and then removed. */
    @Modifying
    @Query(
            "delete from ApiToken t where t.userId = :userId and (t.expiresAt < :before or t.revokedAt < :before)")
    int deleteUnusableBefore(@Param("userId") long userId, @Param("before") Instant before);
}
