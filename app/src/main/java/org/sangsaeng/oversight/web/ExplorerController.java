package org.sangsaeng.oversight.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.List;
import org.sangsaeng.oversight.AuditExport;
import org.sangsaeng.oversight.InstanceDetail;
import org.sangsaeng.oversight.InstanceQuery;
import org.sangsaeng.oversight.InstanceState;
import org.sangsaeng.oversight.InstanceSummary;
import org.sangsaeng.oversight.ProcessExplorer;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

@RestController
@RequestMapping("/api/v1")
@Tag(name = "Oversight", description = "The audit trail and its tamper evidence")
class ExplorerController {

    private final ProcessExplorer explorer;
    private final AuditExport export;

    ExplorerController(ProcessExplorer explorer, AuditExport export) {
        this.explorer = explorer;
        this.export = export;
    }

    record Page(long total, List<InstanceSummary> items) {}

    @GetMapping("/process-instances")
    @Operation(
            summary =
                    "Search process instances (foundation and admins: all; leaders: their co-ops)")
    Page search(
            @RequestParam(required = false) String processId,
            @RequestParam(required = false) Long coopId,
            @RequestParam(required = false) InstanceState state,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
                    LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
                    LocalDate to,
            @RequestParam(required = false) String participant,
            @RequestParam(required = false) String businessKey,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size) {
        InstanceQuery query =
                new InstanceQuery(processId, coopId, state, from, to, participant, businessKey);
        int limit = Math.clamp(size, 1, 500);
        return new Page(
                explorer.count(query), explorer.search(query, Math.max(0, page) * limit, limit));
    }

    @GetMapping("/process-instances/export")
    @Operation(
            summary =
                    "The instances a search finds, as CSV or JSON (refused above the configured maximum)")
    ResponseEntity<StreamingResponseBody> exportInstances(
            @RequestParam(required = false) String processId,
            @RequestParam(required = false) Long coopId,
            @RequestParam(required = false) InstanceState state,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
                    LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
                    LocalDate to,
            @RequestParam(required = false) String participant,
            @RequestParam(required = false) String businessKey,
            @RequestParam(defaultValue = "CSV") AuditExport.Format format) {
        return file(
                export.instances(
                        new InstanceQuery(
                                processId, coopId, state, from, to, participant, businessKey),
                        format));
    }

    @GetMapping("/process-instances/{key}")
    @Operation(
            summary =
                    "One instance: timeline, element counts, flows taken, called instances, business object")
    InstanceDetail detail(@PathVariable long key) {
        return explorer.detail(key);
    }

    @GetMapping(
            value = "/process-instances/{key}/diagram",
            produces = MediaType.APPLICATION_XML_VALUE)
    @Operation(summary = "The BPMN XML of the process version the instance ran")
    String diagram(@PathVariable long key) {
        return explorer.diagram(key);
    }

    @GetMapping("/process-instances/{key}/trail")
    @Operation(summary = "The instance's audit rows with their hashes, as CSV or JSON")
    ResponseEntity<StreamingResponseBody> trail(
            @PathVariable long key, @RequestParam(defaultValue = "CSV") AuditExport.Format format) {
        return file(export.trail(key, format));
    }

    @GetMapping("/audit/records")
    @Operation(
            summary =
                    "A contiguous stretch of one partition's hash chain, for offline checking (foundation, admin)")
    ResponseEntity<StreamingResponseBody> segment(
            @RequestParam int partition,
            @RequestParam(defaultValue = "-1") long after,
            @RequestParam(defaultValue = "10000") int limit,
            @RequestParam(defaultValue = "CSV") AuditExport.Format format) {
        return file(export.segment(partition, after, limit, format));
    }

    private static ResponseEntity<StreamingResponseBody> file(AuditExport.ExportFile file) {
        return ResponseEntity.ok()
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(file.filename())
                                .build()
                                .toString())
                .contentType(MediaType.parseMediaType(file.contentType()))
                .body(out -> file.body().writeTo(out));
    }
}
