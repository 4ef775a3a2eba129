package org.sangsaeng.membership;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sangsaeng.CoopTest;
import org.sangsaeng.Fixtures;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Who is calling is read once per transaction (an answer's form and the services it calls each
 * ask), is never lent to another signed-in person, and is read anew by the next transaction, which
 * sees what changed in between.
 */
class CurrentUsersIntegrationTests extends CoopTest {

    @Autowired CurrentUsers currentUsers;
    @Autowired PlatformTransactionManager transactions;

    @Test
    void oneTransactionReadsThePersonOnceAndNeverForSomeoneElse() {
        List<CurrentUser> seen =
                new TransactionTemplate(transactions)
                        .execute(
                                s -> {
                                    Fixtures.signIn(f.member());
                                    CurrentUser member = currentUsers.require();
                                    CurrentUser again = currentUsers.require();
                                    Fixtures.signIn(f.leader());
                                    CurrentUser leader = currentUsers.require();
                                    return List.of(member, again, leader);
                                });

        assertThat(seen.get(1)).isSameAs(seen.get(0));
        assertThat(seen.get(0).username()).isEqualTo(f.member());
        assertThat(seen.get(0).isLeaderOf(f.coopId())).isFalse();
        assertThat(seen.get(2).username()).isEqualTo(f.leader());
        assertThat(seen.get(2).isLeaderOf(f.coopId())).isTrue();
    }

    @Test
    void theNextTransactionSeesAChangedAccount() {
        Fixtures.signIn(f.member());
        assertThat(currentUsers.require().locale().getLanguage()).isEqualTo("ko");

        jdbc.update("update app_user set locale = 'en' where username = ?", f.member());

        assertThat(currentUsers.require().locale().getLanguage()).isEqualTo("en");
    }
}
