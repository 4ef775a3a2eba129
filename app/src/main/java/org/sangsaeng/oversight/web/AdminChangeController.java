package org.sangsaeng.oversight.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.List;
import org.sangsaeng.oversight.AdminChangeLog;
import org.sangsaeng.shared.AdministrativeChange;
import org.sangsaeng.shared.InvalidInputException;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/admin")
@Tag(name = "Oversight", description = "The audit trail and its tamper evidence")
class AdminChangeController {

    private final AdminChangeLog changes;

    AdminChangeController(AdminChangeLog changes) {
        this.changes = changes;
    }

    /** One page of the change log and how many records match in all. */
    record ChangePage(List<AdminChangeLog.Entry> items, long total, int page, int size) {
    }

    @GetMapping("/changes")
    @Operation(summary = "Administrative changes, newest first: who changed which market, co-op, supplier, catalogue"
            + " line or account, when, and the changed fields before and after (foundation, admin)")
    ChangePage changes(@RequestParam(required = false) AdministrativeChange.Subject subject,
                       @RequestParam(required = false) Long subjectId,
                       @RequestParam(required = false) String actor,
                       @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                       @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                       @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
        if (page < 0) {
            throw new InvalidInputException("error.paging.invalid");
        }
        if (size < 1 || size > 200) {
            throw new InvalidInputException("error.paging.invalid");
        }
        if (from != null && to != null && to.isBefore(from)) {
            throw new InvalidInputException("error.explorer.rangeReversed");
        }
        AdminChangeLog.Query query = new AdminChangeLog.Query(subject, subjectId, actor, from, to);
        return new ChangePage(changes.search(query, page * size, size), changes.count(query), page, size);
    }
}
