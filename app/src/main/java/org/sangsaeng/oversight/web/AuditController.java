package org.sangsaeng.oversight.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.sangsaeng.oversight.AuditTrailService;
import org.sangsaeng.oversight.ChainReport;
import org.sangsaeng.oversight.CheckpointFile;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
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

    @GetMapping("/audit/checkpoints")
    @Operation(
            summary =
                    "The newest signed checkpoint of each partition and the exporter's public key, to keep"
                            + " outside the database; ./sangsaeng verify --checkpoints FILE checks against it (foundation, admin)")
    ResponseEntity<byte[]> checkpoints() {
        CheckpointFile file = audit.checkpointFile();
        String name =
                "sangsaeng-audit-checkpoints-"
                        + file.madeAt().toString().substring(0, 10)
                        + ".json";
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_JSON)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + name + "\"")
                .body(file.json());
    }

    @PostMapping("/audit/verify")
    @Operation(
            summary =
                    "Recompute the audit trail's hash chain and name the first row that does not match (foundation, admin)")
    ChainReport verify() {
        return audit.verify();
    }
}
