package org.sangsaeng.coop;

import org.sangsaeng.coop.domain.Market;
import org.sangsaeng.coop.domain.Markets;
import org.sangsaeng.shared.AdministrativeChange.Subject;
import org.sangsaeng.shared.BusinessException;
import org.sangsaeng.shared.NotFoundException;
import org.sangsaeng.shared.ResultPage;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The foundation keeps the markets: lists and searches them, creates and changes them. Foundation
 * officers and admins only.
 */
@Service
@Transactional
public class MarketAdministration {

    private final Markets markets;
    private final AdministrativeChanges changes;

    MarketAdministration(Markets markets, AdministrativeChanges changes) {
        this.markets = markets;
        this.changes = changes;
    }

    /** Markets whose name, district or address contains {@code q} (all when blank), by name. */
    @Transactional(readOnly = true)
    public ResultPage<MarketDetails> list(String q, int page, int size) {
        changes.requireAdministrator();
        return ResultPage.of(
                markets.search(
                        q == null ? "" : q.strip(),
                        ResultPage.request(page, size, Sort.by("name", "id"))),
                MarketAdministration::details);
    }

    @Transactional(readOnly = true)
    public MarketDetails get(long id) {
        changes.requireAdministrator();
        return details(find(id));
    }

    public MarketDetails create(MarketForm form) {
        String actor = changes.requireAdministrator();
        MarketForm f = form.checked();
        refuseTakenName(f.name(), null);
        Market market = new Market(f.name(), f.district(), f.address());
        AdministrativeChanges.written(
                () -> markets.saveAndFlush(market), "uk_market_name", duplicate(f.name()));
        changes.created(Subject.MARKET, market.getId(), actor, fields(market));
        return details(market);
    }

    public MarketDetails change(long id, MarketForm form) {
        String actor = changes.requireAdministrator();
        Market market = find(id);
        MarketForm f = form.checked();
        refuseTakenName(f.name(), id);
        var before = fields(market);
        market.change(f.name(), f.district(), f.address());
        AdministrativeChanges.written(markets::flush, "uk_market_name", duplicate(f.name()));
        changes.changed(Subject.MARKET, id, actor, before, fields(market));
        return details(market);
    }

    private void refuseTakenName(String name, Long id) {
        markets.findByName(name)
                .filter(m -> !m.getId().equals(id))
                .ifPresent(
                        m -> {
                            throw duplicate(name);
                        });
    }

    private static BusinessException duplicate(String name) {
        return new BusinessException("error.admin.market.duplicate", name);
    }

    Market find(long id) {
        return markets.findById(id)
                .orElseThrow(() -> new NotFoundException("error.admin.market.notFound", id));
    }

    private static java.util.Map<String, String> fields(Market m) {
        return AdministrativeChanges.fields(
                "name", m.getName(), "district", m.getDistrict(), "address", m.getAddress());
    }

    static MarketDetails details(Market m) {
        return new MarketDetails(m.getId(), m.getName(), m.getDistrict(), m.getAddress());
    }
}
