package org.sangsaeng.coop;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.sangsaeng.coop.domain.Coop;
import org.sangsaeng.coop.domain.Coops;
import org.sangsaeng.coop.domain.Market;
import org.sangsaeng.coop.domain.Markets;
import org.sangsaeng.coop.domain.Supplier;
import org.sangsaeng.coop.domain.Suppliers;
import org.sangsaeng.shared.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Markets, co-ops and suppliers. Their names are public within the platform: any signed-in user may
 * list them.
 */
@Service
@Transactional(readOnly = true)
public class CoopService {

    private final Markets markets;
    private final Coops coops;
    private final Suppliers suppliers;
    private final Clock clock;

    CoopService(Markets markets, Coops coops, Suppliers suppliers, Clock clock) {
        this.markets = markets;
        this.coops = coops;
        this.suppliers = suppliers;
        this.clock = clock;
    }

    public List<CoopSummary> listCoops() {
        return coops.findAllWithMarket().stream().map(CoopService::summary).toList();
    }

    /** Every market, by name: where a merchant may found a co-op. */
    public List<MarketDetails> listMarkets() {
        return markets.findAll(org.springframework.data.domain.Sort.by("name")).stream()
                .map(
                        m ->
                                new MarketDetails(
                                        m.getId(), m.getName(), m.getDistrict(), m.getAddress()))
                .toList();
    }

    public CoopSummary get(long coopId) {
        return coops.findById(coopId)
                .map(CoopService::summary)
                .orElseThrow(() -> new NotFoundException("error.coop.notFound", coopId));
    }

    /**
     * Every market, by name, for people who are not signed in yet (a merchant signing up names
     * theirs): names, districts and addresses of public markets, nothing else.
     */
    public List<MarketDetails> markets() {
        return markets.findAll(org.springframework.data.domain.Sort.by("name", "id")).stream()
                .map(MarketAdministration::details)
                .toList();
    }

    /** A market by its number, for its public page (no sign-in); an unknown one is not found. */
    public MarketDetails market(long marketId) {
        return markets.findById(marketId)
                .map(MarketAdministration::details)
                .orElseThrow(() -> new NotFoundException("error.market.notFound", marketId));
    }

    public boolean marketExists(long marketId) {
        return markets.existsById(marketId);
    }

    /** The co-ops of one market, for a merchant of that market looking for one to join. */
    public List<CoopSummary> coopsOfMarket(long marketId) {
        return listCoops().stream().filter(c -> c.marketId() == marketId).toList();
    }

    public boolean exists(long coopId) {
        return coops.existsById(coopId);
    }

    /**
     * For set-up, tests and demo data, with no one signed in: creates the market if it does not
     * exist yet, with its district for an address. The foundation's path is {@link
     * CoopAdministration}.
     */
    @Transactional
    public long createCoop(String marketName, String district, String name, String description) {
        return createCoop(marketName, district, district, name, description);
    }

    /**
     * For set-up and demo data: creates the market, with this address, if it does not exist yet.
     */
    @Transactional
    public long createCoop(
            String marketName, String district, String address, String name, String description) {
        Market market =
                markets.findByName(marketName)
                        .orElseGet(() -> markets.save(new Market(marketName, district, address)));
        return coops.save(new Coop(market, name, description, clock.instant())).getId();
    }

    /** For set-up and tests: a supplier with no business details on record. */
    @Transactional
    public long createSupplier(String name, String goods, Long userId) {
        return suppliers.save(new Supplier(name, goods, userId)).getId();
    }

    /**
     * For set-up and demo data: a supplier with its business details (checked like the foundation's
     * form) and the account that answers for it. The foundation's path is {@link
     * SupplierAdministration}.
     */
    @Transactional
    public long createSupplier(SupplierForm form, Long userId) {
        SupplierForm f = form.checked();
        Supplier supplier = f.newSupplier();
        if (userId != null) {
            supplier.answeredBy(userId);
        }
        return suppliers.save(supplier).getId();
    }

    /** The supplier an account speaks for, if any. */
    public Optional<Long> supplierOf(long userId) {
        return suppliers.findByUserId(userId).map(Supplier::getId);
    }

    /** The account that answers for a supplier, if it has one. */
    public Optional<Long> supplierUserId(long supplierId) {
        return suppliers.findById(supplierId).map(Supplier::getUserId);
    }

    public List<Long> supplierIds() {
        return suppliers.findAll().stream().map(Supplier::getId).toList();
    }

    public String supplierName(long supplierId) {
        return suppliers
                .findById(supplierId)
                .map(Supplier::getName)
                .orElseThrow(() -> new NotFoundException("error.supplier.notFound", supplierId));
    }

    public boolean isEmpty() {
        return coops.count() == 0;
    }

    /** Whether any market exists yet (set-up). */
    public boolean hasMarkets() {
        return markets.count() > 0;
    }

    /** Whether any supplier exists yet (set-up). */
    public boolean hasSuppliers() {
        return suppliers.count() > 0;
    }

    private static CoopSummary summary(Coop c) {
        return new CoopSummary(
                c.getId(),
                c.getName(),
                c.getDescription(),
                c.getMarket().getName(),
                c.getMarket().getDistrict(),
                c.getMarket().getId());
    }
}
