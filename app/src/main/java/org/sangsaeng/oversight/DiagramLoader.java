package org.sangsaeng.oversight;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.sangsaeng.shared.NotFoundException;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/** The BPMN XML an instance ran, from the deployment the engine recorded or the shipped model. */
@Component
class DiagramLoader {

    private final NamedParameterJdbcTemplate jdbc;
    private final JsonMapper json;

    DiagramLoader(NamedParameterJdbcTemplate jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /**
     * The BPMN XML of the exact process version the instance ran: as the engine recorded it when it
     * was deployed, or else (rows exported before the explorer) the model this app ships.
     */
    String diagram(InstanceSummary instance) {
        List<String> deployed =
                jdbc.queryForList(
                        """
                SELECT value_json FROM audit_record
                 WHERE value_type = 'PROCESS' AND intent = 'CREATED' AND record_key = :definition LIMIT 1""",
                        Map.of("definition", instance.definitionKey()),
                        String.class);
        if (!deployed.isEmpty()) {
            String resource =
                    json.readTree(deployed.getFirst()).path("value").path("resource").asString("");
            if (!resource.isEmpty()) {
                return new String(Base64.getDecoder().decode(resource), StandardCharsets.UTF_8);
            }
        }
        ClassPathResource shipped =
                new ClassPathResource("processes/" + instance.processId() + ".bpmn");
        try (InputStream in = shipped.getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new NotFoundException("error.explorer.noDiagram");
        }
    }
}
