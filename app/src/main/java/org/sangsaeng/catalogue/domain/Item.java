package org.sangsaeng.catalogue.domain;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.sangsaeng.shared.BusinessException;
import org.sangsaeng.shared.InvalidInputException;
import org.sangsaeng.shared.Won;

@Entity
@Table(name = "catalogue_item")
public class Item {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "supplier_id")
    private long supplierId;

    private String name;
    private String unit;
    private long packSize;
    private Instant createdAt;
    private Instant withdrawnAt;
    @Version private long version;

    @OneToMany(mappedBy = "item", cascade = CascadeType.ALL, fetch = FetchType.EAGER)
    @OrderBy("validFrom, id")
    private List<ItemPrice> prices = new ArrayList<>();

    protected Item() {}

    /** A new item with its first price. */
    public Item(
            long supplierId,
            String name,
            String unit,
            long packSize,
            Won unitPrice,
            LocalDate validFrom,
            String setBy,
            Instant at) {
        this.supplierId = supplierId;
        describe(name, unit, packSize);
        this.createdAt = at;
        priceFrom(unitPrice, validFrom, setBy, at);
    }

    /** Changes what the item is called and how it is sold; refused once withdrawn. */
    public void describe(String name, String unit, long packSize) {
        checkOffered();
        if (name == null || name.isBlank() || name.trim().length() > 200) {
            throw new InvalidInputException("error.catalogue.name");
        }
        if (unit == null || unit.isBlank() || unit.trim().length() > 50) {
            throw new InvalidInputException("error.catalogue.unit");
        }
        if (packSize < 1) {
            throw new InvalidInputException("error.catalogue.packSize", packSize);
        }
        this.name = name.trim();
        this.unit = unit.trim();
        this.packSize = packSize;
    }

    /**
     * A new price from a day on. The history only grows forward: a price valid from before the
     * newest price's day is refused (on the same day the later price wins, to correct a mistake).
     */
    public void priceFrom(Won unitPrice, LocalDate validFrom, String setBy, Instant at) {
        checkOffered();
        if (unitPrice == null || unitPrice.value() <= 0) {
            throw new InvalidInputException("error.catalogue.price");
        }
        if (validFrom == null) {
            throw new InvalidInputException("error.catalogue.validFromRequired");
        }
        Optional<ItemPrice> newest = newestPrice();
        if (newest.isPresent() && validFrom.isBefore(newest.get().getValidFrom())) {
            throw new InvalidInputException(
                    "error.catalogue.validFromBeforeNewest",
                    validFrom,
                    newest.get().getValidFrom());
        }
        prices.add(new ItemPrice(this, unitPrice.value(), validFrom, setBy, at));
    }

    /** The item is no longer offered; it stays readable with its prices. */
    public void withdraw(Instant at) {
        checkOffered();
        this.withdrawnAt = at;
    }

    /**
     * The price on a day: the latest valid from that day or before; empty if none was valid yet.
     */
    public Optional<ItemPrice> priceOn(LocalDate day) {
        return prices.stream().filter(p -> !p.getValidFrom().isAfter(day)).max(ORDER);
    }

    public Optional<ItemPrice> newestPrice() {
        return prices.stream().max(ORDER);
    }

    private static final Comparator<ItemPrice> ORDER =
            Comparator.comparing(ItemPrice::getValidFrom)
                    .thenComparing(p -> p.getId() == null ? Long.MAX_VALUE : p.getId());

    private void checkOffered() {
        if (withdrawnAt != null) {
            throw new BusinessException("error.catalogue.withdrawn", name);
        }
    }

    public boolean isWithdrawn() {
        return withdrawnAt != null;
    }

    public Long getId() {
        return id;
    }

    public long getSupplierId() {
        return supplierId;
    }

    public String getName() {
        return name;
    }

    public String getUnit() {
        return unit;
    }

    public long getPackSize() {
        return packSize;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getWithdrawnAt() {
        return withdrawnAt;
    }

    public List<ItemPrice> getPrices() {
        return List.copyOf(prices);
    }
}
