package org.sangsaeng.oversight;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.sangsaeng.coop.CoopService;
import org.sangsaeng.coop.CoopSummary;
import org.sangsaeng.membership.CoopMembership;
import org.sangsaeng.membership.CurrentUser;
import org.sangsaeng.membership.CurrentUsers;
import org.sangsaeng.shared.AccessDeniedException;
import org.sangsaeng.shared.BusinessSummary;
import org.sangsaeng.shared.BusinessView;
import org.sangsaeng.shared.NotFoundException;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import tools.jackson.databind.json.JsonMapper;

/**
 * The process explorer: finds process instances in the index the {@link ProcessIndexer} keeps, and
 * tells one instance's story from its audit rows. The foundation and admins see every instance; a
 * co-op leader sees the instances of the co-ops they lead; nobody else may look. No transaction
 * spans a call: every read is one statement, and a business view that finds nothing must not mark a
 * surrounding transaction for rollback.
 */
@Service
public class ProcessExplorer {

    /** The most instances one search page returns. */
    static final int MAX_PAGE = 500;

    private final InstanceQueries queries;
    private final DiagramLoader diagrams;
    private final NamedParameterJdbcTemplate jdbc;
    private final CurrentUsers currentUsers;
    private final CoopService coops;
    private final JsonMapper json;
    private final List<BusinessView> businessViews;

    ProcessExplorer(
            InstanceQueries queries,
            DiagramLoader diagrams,
            NamedParameterJdbcTemplate jdbc,
            CurrentUsers currentUsers,
            CoopService coops,
            JsonMapper json,
            List<BusinessView> businessViews) {
        this.queries = queries;
        this.diagrams = diagrams;
        this.jdbc = jdbc;
        this.currentUsers = currentUsers;
        this.coops = coops;
        this.json = json;
        this.businessViews = businessViews;
    }

    /** A page of matching instances, newest first. */
    public List<InstanceSummary> search(InstanceQuery query, int offset, int limit) {
        return queries.page(
                query, readableCoops(query), Math.max(0, offset), Math.clamp(limit, 1, MAX_PAGE));
    }

    public long count(InstanceQuery query) {
        return queries.count(query, readableCoops(query));
    }

    /** The process ids that have instances, for the search form. */
    public List<String> processIds() {
        readableCoops(InstanceQuery.all());
        return queries.processIds();
    }

    /** The co-ops the signed-in user may explore (all for the foundation and admins). */
    public List<CoopSummary> coops() {
        Set<Long> led = scope();
        return coops.listCoops().stream().filter(c -> led == null || led.contains(c.id())).toList();
    }

    public InstanceSummary instance(long key) {
        InstanceSummary summary = find(key);
        requireReader(summary);
        return summary;
    }

    /**
     * One instance with its timeline, element counts, flows taken, called instances and business
     * object.
     */
    public InstanceDetail detail(long key) {
        InstanceSummary summary = instance(key);
        Timeline timeline = Timeline.of(key, jdbc, json);
        return new InstanceDetail(
                summary,
                timeline.entries(),
                timeline.elements(),
                timeline.flowsTaken(),
                queries.children(key),
                business(summary.businessKey(), currentUsers.require().locale()),
                timeline.cut());
    }

    /**
     * The BPMN XML of the exact process version the instance ran: as the engine recorded it when it
     * was deployed, or else (rows exported before the explorer) the model this app ships.
     */
    public String diagram(long key) {
        return diagrams.diagram(instance(key));
    }

    // --- shared with the export and the incidents ---

    /** The instance, or 404; no authorisation. */
    InstanceSummary find(long key) {
        List<InstanceSummary> found = queries.byKey(key);
        if (found.isEmpty()) {
            throw new NotFoundException("error.explorer.instanceNotFound", key);
        }
        return found.getFirst();
    }

    void requireReader(InstanceSummary summary) {
        Set<Long> led = scope();
        if (led != null && (summary.coopId() == null || !led.contains(summary.coopId()))) {
            throw new AccessDeniedException("error.explorer.otherCoop");
        }
    }

    /**
     * The co-ops the signed-in user may read within a query, or null for all; refuses a co-op not
     * theirs.
     */
    Set<Long> readableCoops(InstanceQuery query) {
        Set<Long> led = scope();
        if (led != null && query.coopId() != null && !led.contains(query.coopId())) {
            throw new AccessDeniedException("error.explorer.otherCoop");
        }
        return led;
    }

    /**
     * Null for the foundation and admins (everything); the led co-ops for a leader; refused
     * otherwise.
     */
    private Set<Long> scope() {
        CurrentUser me = currentUsers.require();
        if (me.overseesAll()) {
            return null;
        }
        Set<Long> led =
                me.memberships().stream()
                        .filter(CoopMembership::leader)
                        .map(CoopMembership::coopId)
                        .collect(Collectors.toSet());
        if (led.isEmpty()) {
            throw new AccessDeniedException("error.explorer.notAllowed");
        }
        return led;
    }

    private BusinessSummary business(String businessKey, Locale locale) {
        if (businessKey == null) {
            return null;
        }
        for (BusinessView view : businessViews) {
            if (businessKey.startsWith(view.prefix())) {
                try {
                    return view.summary(
                                    Long.parseLong(businessKey.substring(view.prefix().length())),
                                    locale)
                            .orElse(null);
                } catch (NumberFormatException e) {
                    return null;
                }
            }
        }
        return null;
    }
}
