package org.sangsaeng.oversight;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.sangsaeng.membership.CurrentUser;
import org.sangsaeng.membership.MemberDirectory;
import org.sangsaeng.notifications.Notice;
import org.sangsaeng.notifications.NotificationService;
import org.sangsaeng.notifications.Template;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * An incident reaches the people who can act on it: every administrator, and the leaders of the
 * co-op the process belongs to, with the error and a link to the instance where "retry" is. Once
 * per incident and person, in the indexer's transaction.
 */
@Component
class IncidentAlerts {

    private final JdbcTemplate jdbc;
    private final MemberDirectory directory;
    private final NotificationService notifications;

    IncidentAlerts(
            JdbcTemplate jdbc, MemberDirectory directory, NotificationService notifications) {
        this.jdbc = jdbc;
        this.directory = directory;
        this.notifications = notifications;
    }

    void raised(long incidentKey) {
        jdbc.query(
                """
                SELECT i.instance_key, i.bpmn_process_id, i.element_id, i.error_message, o.coop_id
                  FROM oversight_incident i LEFT JOIN oversight_instance o ON o.instance_key = i.instance_key
                 WHERE i.incident_key = ?""",
                rs -> {
                    long instance = rs.getLong("instance_key");
                    Long coop = rs.getObject("coop_id", Long.class);
                    List<String> groups = new ArrayList<>(List.of(CurrentUser.ADMIN_GROUP));
                    if (coop != null) {
                        groups.add(CurrentUser.leaderGroup(coop));
                    }
                    String error = rs.getString("error_message");
                    Map<String, Object> variables =
                            Map.of(
                                    "process",
                                    rs.getString("bpmn_process_id"),
                                    "step",
                                    rs.getString("element_id"),
                                    "error",
                                    error.length() > 300 ? error.substring(0, 300) + "..." : error);
                    for (long person : directory.userIds(null, groups)) {
                        notifications.send(
                                new Notice(
                                        person,
                                        Template.INCIDENT_RAISED,
                                        variables,
                                        "explorer/" + instance,
                                        coop,
                                        true,
                                        "incident:" + incidentKey));
                    }
                },
                incidentKey);
    }
}
