package org.sangsaeng.coop;

import java.time.Clock;
import java.util.Map;
import org.sangsaeng.coop.domain.Coop;
import org.sangsaeng.coop.domain.Coops;
import org.sangsaeng.coop.domain.Market;
import org.sangsaeng.coop.domain.Markets;
import org.sangsaeng.shared.AdministrativeChange.Subject;
import org.sangsaeng.shared.BusinessException;
import org.sangsaeng.shared.InvalidInputException;
import org.sangsaeng.shared.NotFoundException;
import org.sangsaeng.shared.ResultPage;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The foundation's path to a co-op: creates it in a market and changes its name and description.
 * Foundation officers and admins only, but for {@link #createFounded}: merchants found their own
 * co-op through the coop-founding process, and the co-op is created once the foundation approved.
 */
@Service
@Transactional
public class CoopAdministration {

    private final Coops coops;
    private final Markets markets;
    private final AdministrativeChanges changes;
    private final Clock clock;

    CoopAdministration(Coops coops, Markets markets, AdministrativeChanges changes, Clock clock) {
        this.coops = coops;
        this.markets = markets;
        this.changes = changes;
        this.clock = clock;
    }

    /**
     * Co-ops of a market (of all when {@code marketId} is null) whose name or description contains
     * {@code q}, by name.
     */
    @Transactional(readOnly = true)
    public ResultPage<CoopDetails> list(Long marketId, String q, int page, int size) {
        changes.requireAdministrator();
        return ResultPage.of(
                coops.search(
                        marketId,
                        q == null ? "" : q.strip(),
                        ResultPage.request(page, size, Sort.by("name", "id"))),
                CoopAdministration::details);
    }

    public CoopDetails create(CoopForm form) {
        return created(form, changes.requireAdministrator());
    }

    /**
     * A merchant may propose a co-op of this name in this market: the market exists and no co-op
     * has the name yet. Refused, naming what is wrong, otherwise.
     */
    @Transactional(readOnly = true)
    public String requireFoundable(long marketId, String name) {
        Market market = market(marketId);
        refuseTakenName(name, null);
        return market.getName();
    }

    /**
     * Creates a co-op that merchants proposed and the foundation approved: a step of the
     * coop-founding process (no signed-in user); {@code approvedBy} is recorded as the actor.
     */
    public CoopDetails createFounded(CoopForm form, String approvedBy) {
        return created(form, approvedBy, "foundedBy", "coop-founding");
    }

    private Market market(Long id) {
        return markets.findById(id)
                .orElseThrow(() -> new InvalidInputException("error.admin.market.unknown", id));
    }

    private CoopDetails created(CoopForm form, String actor, String... moreFields) {
        CoopForm f = form.checked();
        Market market = market(f.marketId());
        refuseTakenName(f.name(), null);
        Coop coop = new Coop(market, f.name(), f.description(), clock.instant());
        AdministrativeChanges.written(
                () -> coops.saveAndFlush(coop), "uk_coop_name", duplicate(f.name()));
        Map<String, String> fields =
                AdministrativeChanges.fields(
                        "market",
                        market.getName(),
                        "name",
                        coop.getName(),
                        "description",
                        coop.getDescription());
        fields.putAll(AdministrativeChanges.fields(moreFields));
        changes.created(Subject.COOP, coop.getId(), actor, fields);
        return details(coop);
    }

    /** A new name and description; the market stays (a co-op does not move to another market). */
    public CoopDetails change(long id, CoopForm form) {
        String actor = changes.requireAdministrator();
        Coop coop =
                coops.findById(id)
                        .orElseThrow(() -> new NotFoundException("error.coop.notFound", id));
        CoopForm f =
                new CoopForm(
                                form.marketId() == null
                                        ? coop.getMarket().getId()
                                        : form.marketId(),
                                form.name(),
                                form.description())
                        .checked();
        if (f.marketId() != coop.getMarket().getId().longValue()) {
            throw new InvalidInputException("error.admin.coop.marketFixed");
        }
        refuseTakenName(f.name(), id);
        Map<String, String> before = fields(coop);
        coop.change(f.name(), f.description());
        AdministrativeChanges.written(coops::flush, "uk_coop_name", duplicate(f.name()));
        changes.changed(Subject.COOP, id, actor, before, fields(coop));
        return details(coop);
    }

    private void refuseTakenName(String name, Long id) {
        coops.findByName(name)
                .filter(c -> !c.getId().equals(id))
                .ifPresent(
                        c -> {
                            throw duplicate(name);
                        });
    }

    private static BusinessException duplicate(String name) {
        return new BusinessException("error.admin.coop.duplicate", name);
    }

    private static Map<String, String> fields(Coop c) {
        return AdministrativeChanges.fields("name", c.getName(), "description", c.getDescription());
    }

    private static CoopDetails details(Coop c) {
        return new CoopDetails(
                c.getId(),
                c.getMarket().getId(),
                c.getMarket().getName(),
                c.getName(),
                c.getDescription());
    }
}
