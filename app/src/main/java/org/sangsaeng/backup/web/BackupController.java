package org.sangsaeng.backup.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Map;
import org.sangsaeng.backup.BackupRefused;
import org.sangsaeng.backup.BackupService;
import org.sangsaeng.backup.BackupTrigger;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1")
@Tag(name = "Operations", description = "Backups of the embedded default")
class BackupController {

    private final BackupService backups;
    private final BackupTrigger trigger;

    BackupController(BackupService backups, BackupTrigger trigger) {
        this.backups = backups;
        this.trigger = trigger;
    }

    @PostMapping("/backups")
    @Operation(
            summary =
                    "Make a backup of the broker's data and the database together, with a pause of a few"
                            + " seconds whatever the database's size (admin, or ./sangsaeng backup on this machine with the token in"
                            + " data/backup.token)")
    ResponseEntity<?> create(
            @RequestHeader(name = BackupTrigger.HEADER, required = false) String token) {
        if (!trigger.accepts(token) && !admin()) {
            return ResponseEntity.status(HttpStatus.FORBIDDEN)
                    .body(
                            Map.of(
                                    "detail",
                                    "A backup needs an administrator or the token in data/backup.token"));
        }
        try {
            BackupService.Result r = backups.create();
            return ResponseEntity.ok(
                    Map.of(
                            "archive",
                            r.archive().toString(),
                            "sizeBytes",
                            r.sizeBytes(),
                            "pauseMillis",
                            r.pauseMillis(),
                            "pause",
                            r.pause(),
                            "dumpMillis",
                            r.dumpMillis(),
                            "totalMillis",
                            r.totalMillis(),
                            "manifest",
                            r.manifest()));
        } catch (BackupRefused e) {
            return ResponseEntity.status(HttpStatus.CONFLICT)
                    .body(Map.of("detail", e.getMessage()));
        }
    }

    private static boolean admin() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth != null
                && auth.isAuthenticated()
                && auth.getAuthorities().stream()
                        .anyMatch(a -> "ROLE_ADMIN".equals(a.getAuthority()));
    }
}
