package org.sangsaeng.coop;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.sangsaeng.coop.domain.Supplier;
import org.sangsaeng.coop.domain.Suppliers;
import org.sangsaeng.shared.AdministrativeChange.Subject;
import org.sangsaeng.shared.BusinessException;
import org.sangsaeng.shared.InvalidInputException;
import org.sangsaeng.shared.NotFoundException;
import org.sangsaeng.shared.ResultPage;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The foundation keeps the suppliers co-ops buy from: their company details, and the account that
 * answers for each (confirms orders). Foundation officers and admins only.
 */
@Service
@Transactional
public class SupplierAdministration {

    private final Suppliers suppliers;
    private final AccountLookup accounts;
    private final AdministrativeChanges changes;

    SupplierAdministration(
            Suppliers suppliers, AccountLookup accounts, AdministrativeChanges changes) {
        this.suppliers = suppliers;
        this.accounts = accounts;
        this.changes = changes;
    }

    /**
     * Suppliers whose name, business number (with or without dashes) or goods contain {@code q}, by
     * name.
     */
    @Transactional(readOnly = true)
    public ResultPage<SupplierDetails> list(String q, int page, int size) {
        changes.requireAdministrator();
        Page<Supplier> found =
                suppliers.search(
                        q == null ? "" : q.strip(),
                        ResultPage.request(page, size, Sort.by("name", "id")));
        Map<Long, String> usernames =
                accounts.usernames(
                        found.getContent().stream()
                                .map(Supplier::getUserId)
                                .filter(Objects::nonNull)
                                .toList());
        return ResultPage.of(found, s -> details(s, usernames.get(s.getUserId())));
    }

    public SupplierDetails create(SupplierForm form) {
        String actor = changes.requireAdministrator();
        SupplierForm f = form.checked();
        refuseTaken(f, null);
        Supplier supplier = f.newSupplier();
        written(() -> suppliers.saveAndFlush(supplier), f);
        changes.created(Subject.SUPPLIER, supplier.getId(), actor, fields(supplier));
        return details(supplier, null);
    }

    public SupplierDetails change(long id, SupplierForm form) {
        String actor = changes.requireAdministrator();
        Supplier supplier = find(id);
        SupplierForm f = form.checked();
        refuseTaken(f, id);
        Map<String, String> before = fields(supplier);
        supplier.change(
                f.name(),
                f.businessNumber(),
                f.contactPerson(),
                f.contactPhone(),
                f.email(),
                f.goods());
        written(suppliers::flush, f);
        changes.changed(Subject.SUPPLIER, id, actor, before, fields(supplier));
        return details(supplier, username(supplier.getUserId()));
    }

    /**
     * Links the account that answers for the supplier from now on. It must have the role SUPPLIER
     * and answer for no other supplier.
     */
    public SupplierDetails linkAccount(long id, String username) {
        String actor = changes.requireAdministrator();
        Supplier supplier = find(id);
        String wanted = username == null ? "" : username.strip();
        if (wanted.isEmpty()) {
            throw new InvalidInputException("error.admin.account.blank");
        }
        AccountLookup.Account account =
                accounts.byUsername(wanted)
                        .orElseThrow(
                                () ->
                                        new InvalidInputException(
                                                "error.admin.account.unknown", wanted));
        if (!account.supplier()) {
            throw new InvalidInputException("error.admin.account.notSupplier", account.username());
        }
        suppliers
                .findByUserId(account.id())
                .filter(other -> !other.getId().equals(id))
                .ifPresent(
                        other -> {
                            throw new BusinessException(
                                    "error.admin.account.taken",
                                    account.username(),
                                    other.getName());
                        });
        String was = username(supplier.getUserId());
        supplier.answeredBy(account.id());
        AdministrativeChanges.written(
                suppliers::flush,
                "uk_supplier_user",
                new BusinessException("error.admin.account.taken", account.username(), "?"));
        changes.changed(
                Subject.SUPPLIER,
                id,
                actor,
                AdministrativeChanges.fields("account", was),
                AdministrativeChanges.fields("account", account.username()));
        return details(supplier, account.username());
    }

    private void refuseTaken(SupplierForm f, Long id) {
        suppliers
                .findByName(f.name())
                .filter(s -> !s.getId().equals(id))
                .ifPresent(
                        s -> {
                            throw duplicateName(f);
                        });
        suppliers
                .findByBusinessNumber(f.businessNumber())
                .filter(s -> !s.getId().equals(id))
                .ifPresent(
                        s -> {
                            throw new BusinessException(
                                    "error.admin.businessNumber.duplicate",
                                    f.businessNumber(),
                                    s.getName());
                        });
    }

    private static void written(Runnable flush, SupplierForm f) {
        AdministrativeChanges.written(
                () -> AdministrativeChanges.written(flush, "uk_supplier_name", duplicateName(f)),
                "uk_supplier_business_number",
                new BusinessException(
                        "error.admin.businessNumber.duplicate", f.businessNumber(), "?"));
    }

    private static BusinessException duplicateName(SupplierForm f) {
        return new BusinessException("error.admin.supplier.duplicate", f.name());
    }

    private Supplier find(long id) {
        return suppliers
                .findById(id)
                .orElseThrow(() -> new NotFoundException("error.supplier.notFound", id));
    }

    private String username(Long userId) {
        return userId == null ? null : accounts.usernames(List.of(userId)).get(userId);
    }

    private static Map<String, String> fields(Supplier s) {
        return AdministrativeChanges.fields(
                "name",
                s.getName(),
                "businessNumber",
                s.getBusinessNumber(),
                "contactPerson",
                s.getContactPerson(),
                "contactPhone",
                s.getContactPhone(),
                "email",
                s.getEmail(),
                "goods",
                s.getGoods());
    }

    private static SupplierDetails details(Supplier s, String username) {
        return new SupplierDetails(
                s.getId(),
                s.getName(),
                s.getBusinessNumber(),
                s.getContactPerson(),
                s.getContactPhone(),
                s.getEmail(),
                s.getGoods(),
                username);
    }
}
