package org.sangsaeng.oversight.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.sangsaeng.oversight.AuditTrailService;
import org.sangsaeng.oversight.ChainReport;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1")
@Tag(name = "Oversight", description = "The audit trail and its tamper evidence")
class AuditController {

    private final AuditTrailService audit;

    AuditController(AuditTrailService audit) {
        this.audit = audit;
    }

    @PostMapping("/audit/verify")
    @Operation(summary = "Recompute the audit trail's hash chain and name the first row that does not match (foundation, admin)")
    ChainReport verify() {
        return audit.verify();
    }
}
