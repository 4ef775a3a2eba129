package org.sangsaeng.tasks;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.sangsaeng.CoopTest;
import org.sangsaeng.shared.BusinessSummaries;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Every module's read of titles (what a task is about, in the task list) runs against MariaDB: ids
 * of objects that are not there are left out, and no ids give no titles, never an error. The titles
 * of objects that are there are checked where their tasks are (a purchase's vote, a coupon's
 * review, a job's offer).
 */
class BusinessTitlesIntegrationTests extends CoopTest {

    @Autowired List<BusinessSummaries> modules;

    @Test
    void everyModuleReadsTitlesAndLeavesOutIdsWithoutAnObject() {
        assertThat(modules).extracting(BusinessSummaries::prefix).hasSizeGreaterThanOrEqualTo(10);
        for (BusinessSummaries module : modules) {
            assertThat(module.titles(Set.of(Long.MAX_VALUE, Long.MAX_VALUE - 1)))
                    .as(module.prefix())
                    .isEmpty();
            assertThat(module.titles(Set.of())).as(module.prefix() + ", no ids").isEmpty();
        }
    }
}
