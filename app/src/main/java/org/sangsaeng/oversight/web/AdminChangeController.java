package org.sangsaeng.oversight.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import org.sangsaeng.oversight.AdminChangeLog;
import org.sangsaeng.shared.AdministrativeChange;
import org.sangsaeng.shared.InvalidInputException;
import org.sangsaeng.shared.ResultPage;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
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

    @GetMapping("/changes")
    @Operation(
            summary =
                    "Administrative changes, newest first: who changed which market, co-op, supplier, catalogue"
                            + " line or account, when, and the changed fields before and after (foundation, admin)")
    ResultPage<AdminChangeLog.Entry> changes(
            @RequestParam(required = false) AdministrativeChange.Subject subject,
            @RequestParam(required = false) Long subjectId,
            @RequestParam(required = false) String actor,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
                    LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
                    LocalDate to,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size) {
        PageRequest wanted = ResultPage.request(page, size, Sort.unsorted());
        if (from != null && to != null && to.isBefore(from)) {
            throw new InvalidInputException("error.explorer.rangeReversed");
        }
        AdminChangeLog.Query query = new AdminChangeLog.Query(subject, subjectId, actor, from, to);
        return new ResultPage<>(
                changes.search(query, (int) wanted.getOffset(), size),
                changes.count(query),
                page,
                size);
    }
}
