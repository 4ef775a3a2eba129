package org.sangsaeng.catalogue;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.sangsaeng.catalogue.domain.Item;
import org.sangsaeng.catalogue.domain.ItemPrice;
import org.sangsaeng.catalogue.domain.Items;
import org.sangsaeng.coop.CoopService;
import org.sangsaeng.membership.CurrentUser;
import org.sangsaeng.membership.CurrentUsers;
import org.sangsaeng.membership.Role;
import org.sangsaeng.shared.AccessDeniedException;
import org.sangsaeng.shared.AdministrativeChange;
import org.sangsaeng.shared.InvalidInputException;
import org.sangsaeng.shared.MarketTime;
import org.sangsaeng.shared.NotFoundException;
import org.sangsaeng.shared.Won;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Suppliers' catalogues. A supplier keeps its own (its account, {@link Role#SUPPLIER}); foundation
 * officers and admins may keep it on its behalf, and each such change is published as an {@link
 * AdministrativeChange}. Everyone signed in may read every catalogue. Items are withdrawn, never
 * deleted, and a price change adds to the history instead of overwriting it.
 */
@Service
@Transactional
public class CatalogueService {

    /** Price days are Seoul days: a price "from 1 September" starts at midnight in Korea. */
    private final Items items;

    private final CoopService coops;
    private final CurrentUsers currentUsers;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    CatalogueService(
            Items items,
            CoopService coops,
            CurrentUsers currentUsers,
            ApplicationEventPublisher events,
            Clock clock) {
        this.items = items;
        this.coops = coops;
        this.currentUsers = currentUsers;
        this.events = events;
        this.clock = clock;
    }

    /** A supplier's catalogue, withdrawn items included (last), with today's prices. */
    @Transactional(readOnly = true)
    public List<CatalogueItem> of(long supplierId) {
        currentUsers.require();
        coops.supplierName(supplierId);
        LocalDate today = today();
        return items.findBySupplierIdOrderByIdAsc(supplierId).stream()
                .sorted(java.util.Comparator.comparing(Item::isWithdrawn))
                .map(i -> summary(i, today))
                .toList();
    }

    /**
     * What a leader can pick for a proposal today: items not withdrawn that have a price already.
     */
    @Transactional(readOnly = true)
    public List<CatalogueItem> offeredBy(long supplierId) {
        return of(supplierId).stream().filter(CatalogueItem::offered).toList();
    }

    @Transactional(readOnly = true)
    public List<PriceEntry> prices(long supplierId, long itemId) {
        currentUsers.require();
        return find(supplierId, itemId).getPrices().stream()
                .map(
                        p ->
                                new PriceEntry(
                                        p.getUnitPrice(),
                                        p.getValidFrom(),
                                        p.getSetBy(),
                                        p.getSetAt()))
                .toList();
    }

    public CatalogueItem add(long supplierId, CatalogueItemForm form) {
        CurrentUser me = editor(supplierId);
        if (form == null) {
            throw new InvalidInputException("error.catalogue.name");
        }
        Instant now = clock.instant();
        LocalDate validFrom = form.validFrom() == null ? today() : form.validFrom();
        Item item =
                items.saveAndFlush(
                        new Item(
                                supplierId,
                                form.name(),
                                form.unit(),
                                form.packSize(),
                                won(form.unitPrice()),
                                validFrom,
                                me.username(),
                                now));
        Map<String, String> after = description(item);
        after.put("unitPrice", String.valueOf(form.unitPrice()));
        after.put("validFrom", validFrom.toString());
        onBehalf(me, item, AdministrativeChange.Action.CREATED, Map.of(), after);
        return summary(item, today());
    }

    public CatalogueItem change(long supplierId, long itemId, ItemChange change) {
        CurrentUser me = editor(supplierId);
        Item item = locked(supplierId, itemId);
        if (change == null) {
            throw new InvalidInputException("error.catalogue.name");
        }
        Map<String, String> before = description(item);
        item.describe(change.name(), change.unit(), change.packSize());
        onBehalf(me, item, AdministrativeChange.Action.CHANGED, before, description(item));
        return summary(item, today());
    }

    public CatalogueItem changePrice(long supplierId, long itemId, PriceChange change) {
        CurrentUser me = editor(supplierId);
        Item item = locked(supplierId, itemId);
        if (change == null) {
            throw new InvalidInputException("error.catalogue.price");
        }
        Map<String, String> before =
                item.newestPrice().map(CatalogueService::price).orElse(Map.of());
        LocalDate validFrom = change.validFrom() == null ? today() : change.validFrom();
        item.priceFrom(won(change.unitPrice()), validFrom, me.username(), clock.instant());
        items.flush();
        onBehalf(
                me,
                item,
                AdministrativeChange.Action.CHANGED,
                before,
                price(item.newestPrice().orElseThrow()));
        return summary(item, today());
    }

    public CatalogueItem withdraw(long supplierId, long itemId) {
        CurrentUser me = editor(supplierId);
        Item item = locked(supplierId, itemId);
        item.withdraw(clock.instant());
        onBehalf(
                me,
                item,
                AdministrativeChange.Action.DEACTIVATED,
                Map.of("withdrawn", "false"),
                Map.of("withdrawn", "true"));
        return summary(item, today());
    }

    /**
     * The item as a proposal to this supplier copies it today. Refused, naming the item, when it is
     * unknown, another supplier's, withdrawn, or without a price yet.
     */
    @Transactional(readOnly = true)
    public PinnedItem pin(long supplierId, long itemId) {
        Item item =
                items.findById(itemId)
                        .orElseThrow(
                                () ->
                                        new InvalidInputException(
                                                "error.catalogue.unknownItem", itemId));
        if (item.getSupplierId() != supplierId) {
            throw new InvalidInputException(
                    "error.catalogue.otherSupplier", item.getName(), itemId);
        }
        if (item.isWithdrawn()) {
            throw new InvalidInputException("error.catalogue.itemWithdrawn", item.getName());
        }
        ItemPrice price =
                item.priceOn(today())
                        .orElseThrow(
                                () ->
                                        new InvalidInputException(
                                                "error.catalogue.noPriceYet", item.getName()));
        return new PinnedItem(
                item.getId(),
                item.getName(),
                item.getUnit(),
                item.getPackSize(),
                price.getUnitPrice());
    }

    /**
     * The supplier's own account, or the foundation and admins on its behalf; anyone else is
     * refused.
     */
    private CurrentUser editor(long supplierId) {
        CurrentUser me = currentUsers.require();
        coops.supplierName(supplierId);
        if (!isOwn(me, supplierId) && !me.overseesAll()) {
            throw new AccessDeniedException(
                    me.supplierId() != null
                            ? "error.catalogue.otherSuppliers"
                            : "error.catalogue.editors");
        }
        return me;
    }

    private static boolean isOwn(CurrentUser me, long supplierId) {
        return me.has(Role.SUPPLIER) && me.supplierId() != null && me.supplierId() == supplierId;
    }

    private void onBehalf(
            CurrentUser me,
            Item item,
            AdministrativeChange.Action action,
            Map<String, String> before,
            Map<String, String> after) {
        if (!isOwn(me, item.getSupplierId())) {
            events.publishEvent(
                    new AdministrativeChange(
                            AdministrativeChange.Subject.CATALOGUE_ITEM,
                            item.getId(),
                            action,
                            me.username(),
                            clock.instant(),
                            before,
                            after));
        }
    }

    private Item find(long supplierId, long itemId) {
        coops.supplierName(supplierId);
        return items.findById(itemId)
                .filter(i -> i.getSupplierId() == supplierId)
                .orElseThrow(() -> new NotFoundException("error.catalogue.itemNotFound", itemId));
    }

    private Item locked(long supplierId, long itemId) {
        return items.findForUpdate(itemId)
                .filter(i -> i.getSupplierId() == supplierId)
                .orElseThrow(() -> new NotFoundException("error.catalogue.itemNotFound", itemId));
    }

    private static Won won(long unitPrice) {
        if (unitPrice <= 0) {
            throw new InvalidInputException("error.catalogue.price");
        }
        return Won.of(unitPrice);
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(MarketTime.ZONE));
    }

    private static Map<String, String> description(Item item) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("name", item.getName());
        fields.put("unit", item.getUnit());
        fields.put("packSize", String.valueOf(item.getPackSize()));
        return fields;
    }

    private static Map<String, String> price(ItemPrice p) {
        return Map.of(
                "unitPrice",
                String.valueOf(p.getUnitPrice()),
                "validFrom",
                p.getValidFrom().toString());
    }

    private static CatalogueItem summary(Item item, LocalDate today) {
        Optional<ItemPrice> now = item.priceOn(today);
        Optional<ItemPrice> next = item.newestPrice().filter(p -> p.getValidFrom().isAfter(today));
        return new CatalogueItem(
                item.getId(),
                item.getSupplierId(),
                item.getName(),
                item.getUnit(),
                item.getPackSize(),
                now.map(ItemPrice::getUnitPrice).orElse(null),
                now.map(ItemPrice::getValidFrom).orElse(null),
                next.map(ItemPrice::getUnitPrice).orElse(null),
                next.map(ItemPrice::getValidFrom).orElse(null),
                item.isWithdrawn());
    }
}
