package org.sangsaeng.ui;

import com.vaadin.flow.component.select.Select;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.sangsaeng.coop.CoopService;
import org.sangsaeng.coop.CoopSummary;
import org.sangsaeng.membership.CoopMembership;
import org.sangsaeng.membership.CurrentUser;
import org.sangsaeng.membership.Role;

/**
 * The co-ops a page can show to the signed-in person: their own, or every co-op for the foundation
 * and admins.
 */
public class CoopSelect extends Select<CoopSummary> {

    public CoopSelect(CoopService coops, CurrentUser me) {
        setLabel(getTranslation("membership.coop"));
        Set<Long> mine =
                me.memberships().stream().map(CoopMembership::coopId).collect(Collectors.toSet());
        boolean all = me.has(Role.FOUNDATION) || me.has(Role.ADMIN);
        List<CoopSummary> visible =
                coops.listCoops().stream().filter(c -> all || mine.contains(c.id())).toList();
        setItems(visible);
        setItemLabelGenerator(CoopSummary::name);
        if (!visible.isEmpty()) {
            setValue(visible.getFirst());
        }
    }

    /** Chooses the co-op with this id if the person can see it. */
    public void select(long coopId) {
        getListDataView()
                .getItems()
                .filter(c -> c.id() == coopId)
                .findFirst()
                .ifPresent(this::setValue);
    }
}
