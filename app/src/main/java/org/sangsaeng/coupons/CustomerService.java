package org.sangsaeng.coupons;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.sangsaeng.coupons.domain.RegularCustomer;
import org.sangsaeng.coupons.domain.RegularCustomers;
import org.sangsaeng.membership.CurrentUser;
import org.sangsaeng.membership.CurrentUsers;
import org.sangsaeng.notifications.MarketingMessages;
import org.sangsaeng.shared.AccessDeniedException;
import org.sangsaeng.shared.BusinessException;
import org.sangsaeng.shared.Csv;
import org.sangsaeng.shared.InvalidInputException;
import org.sangsaeng.shared.MarketTime;
import org.sangsaeng.shared.Messages;
import org.sangsaeng.shared.NotFoundException;
import org.sangsaeng.shared.Tags;
import org.sangsaeng.shared.Texts;
import org.sangsaeng.shared.Tokens;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A shop's regular customers: only the shop's owner (a co-op member) sees and changes them; lists
 * show phone numbers masked. A customer who opts out (through the link in every message) never gets
 * another message.
 */
@Service
@Transactional
public class CustomerService {

    static final String CSV_HEADER = "name,phone,consent_on,consent_text,tags";
    static final int MAX_IMPORT_ROWS = 5_000;

    private final RegularCustomers customers;
    private final CurrentUsers currentUsers;
    private final Messages messages;
    private final MarketingMessages marketing;
    private final Clock clock;

    CustomerService(
            RegularCustomers customers,
            CurrentUsers currentUsers,
            Messages messages,
            MarketingMessages marketing,
            Clock clock) {
        this.customers = customers;
        this.currentUsers = currentUsers;
        this.messages = messages;
        this.marketing = marketing;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<CustomerView> mine() {
        CurrentUser me = shopOwner();
        return customers.findByOwnerIdOrderByName(me.id()).stream()
                .map(CustomerService::view)
                .toList();
    }

    public CustomerView add(CustomerForm form) {
        CurrentUser me = shopOwner();
        RegularCustomer c = customer(me.id(), form);
        if (customers.existsByOwnerIdAndPhone(me.id(), c.getPhone())) {
            throw new BusinessException("error.customer.duplicate");
        }
        return view(customers.saveAndFlush(c));
    }

    /**
     * Reads a CSV file ({@value #CSV_HEADER}; tags separated by ';'): with {@code commit}, stores
     * the rows without errors; either way, reports every row. Rows without consent are refused.
     */
    public ImportPreview importCsv(String csv, boolean commit, Locale locale) {
        CurrentUser me = shopOwner();
        List<String> lines = csv == null ? List.of() : csv.lines().toList();
        if (lines.isEmpty()
                || !lines.getFirst().trim().replace("\uFEFF", "").equalsIgnoreCase(CSV_HEADER)) {
            throw new InvalidInputException("error.customer.csvHeader", CSV_HEADER);
        }
        if (lines.size() - 1 > MAX_IMPORT_ROWS) {
            throw new InvalidInputException("error.customer.csvTooLong", MAX_IMPORT_ROWS);
        }
        List<ImportPreview.Row> rows = new ArrayList<>();
        List<RegularCustomer> valid = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 1; i < lines.size(); i++) {
            if (lines.get(i).isBlank()) {
                continue;
            }
            List<String> cells = Csv.split(lines.get(i));
            String name = cells.isEmpty() ? "" : cells.getFirst();
            try {
                if (cells.size() != 5) {
                    throw new InvalidInputException("error.customer.csvColumns", 5);
                }
                LocalDate consentOn;
                try {
                    consentOn =
                            cells.get(2).isBlank() ? null : LocalDate.parse(cells.get(2).trim());
                } catch (DateTimeParseException e) {
                    throw new InvalidInputException("error.customer.consent");
                }
                RegularCustomer c =
                        customer(
                                me.id(),
                                new CustomerForm(
                                        name,
                                        cells.get(1),
                                        consentOn,
                                        cells.get(3),
                                        cells.get(4).replace(';', ',')));
                if (!seen.add(c.getPhone())
                        || customers.existsByOwnerIdAndPhone(me.id(), c.getPhone())) {
                    throw new BusinessException("error.customer.duplicate");
                }
                valid.add(c);
                rows.add(
                        new ImportPreview.Row(
                                i + 1, c.getName(), Phones.masked(c.getPhone()), null));
            } catch (BusinessException e) {
                rows.add(new ImportPreview.Row(i + 1, name, null, messages.explain(e, locale)));
            }
        }
        if (commit) {
            customers.saveAll(valid);
            customers.flush();
        }
        return new ImportPreview(rows, valid.size(), rows.size() - valid.size(), commit);
    }

    /** Every customer with the full phone number and the consent, as CSV: for the owner only. */
    @Transactional(readOnly = true)
    public String exportCsv() {
        CurrentUser me = shopOwner();
        StringBuilder csv = new StringBuilder(CSV_HEADER).append(",opted_out_at\n");
        for (RegularCustomer c : customers.findByOwnerIdOrderByName(me.id())) {
            csv.append(
                            String.join(
                                    ",",
                                    Csv.quote(c.getName()),
                                    c.getPhone(),
                                    c.getConsentOn().toString(),
                                    Csv.quote(c.getConsentText()),
                                    Csv.quote(c.getTags().replace(',', ';')),
                                    c.getOptedOutAt() == null ? "" : c.getOptedOutAt().toString()))
                    .append('\n');
        }
        return csv.toString();
    }

    /**
     * The link in every message (no sign-in): the customer never gets another message from this
     * shop, not even one already written and waiting for the morning.
     */
    public void optOut(String token) {
        RegularCustomer c =
                customers
                        .findByOptOutToken(token == null ? "" : token)
                        .orElseThrow(() -> new NotFoundException("error.public.notFound"));
        c.optOut(clock.instant());
        marketing.cancelFor(c.getId());
    }

    private RegularCustomer customer(long ownerId, CustomerForm form) {
        if (form == null) {
            throw new InvalidInputException("error.customer.name");
        }
        String name = Texts.required(form.name(), 100, "error.customer.name");
        String phone = Phones.normalize(form.phone());
        if (form.consentOn() == null
                || form.consentOn().isAfter(LocalDate.now(clock.withZone(MarketTime.ZONE)))
                || form.consentText() == null
                || form.consentText().isBlank()) {
            throw new InvalidInputException("error.customer.consent");
        }
        String consent = Texts.required(form.consentText(), 500, "error.customer.consent");
        return new RegularCustomer(
                ownerId,
                name,
                phone,
                form.consentOn(),
                consent,
                Tags.join(Tags.parse(form.tags())),
                Tokens.token(),
                clock.instant());
    }

    private CurrentUser shopOwner() {
        CurrentUser me = currentUsers.require();
        if (me.memberships().isEmpty()) {
            throw new AccessDeniedException("error.customer.shopOwnersOnly");
        }
        return me;
    }

    static CustomerView view(RegularCustomer c) {
        return new CustomerView(
                c.getId(),
                c.getName(),
                Phones.masked(c.getPhone()),
                c.getConsentOn(),
                List.copyOf(Tags.parse(c.getTags())),
                c.getOptedOutAt());
    }
}
