package org.sangsaeng.oversight.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.sangsaeng.oversight.Incidents;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1")
@Tag(name = "Oversight", description = "The audit trail and its tamper evidence")
class IncidentController {

    private final Incidents incidents;

    IncidentController(Incidents incidents) {
        this.incidents = incidents;
    }

    @GetMapping("/process-instances/{key}/incidents")
    @Operation(
            summary =
                    "What stopped the instance: each incident with its step and error, open or resolved")
    List<Incidents.Incident> incidents(@PathVariable long key) {
        return incidents.of(key);
    }

    @PostMapping("/incidents/{key}/retry")
    @Operation(
            summary =
                    "Retry the step an incident stopped, after its cause is fixed (admins, the co-op's leaders)")
    ResponseEntity<Void> retry(@PathVariable long key) {
        incidents.retry(key);
        return ResponseEntity.accepted().build();
    }
}
