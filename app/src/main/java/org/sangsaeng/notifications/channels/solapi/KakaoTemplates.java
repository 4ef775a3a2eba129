package org.sangsaeng.notifications.channels.solapi;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sangsaeng.notifications.Template;

/**
 * Which message kinds go as KakaoTalk 알림톡: each maps to the id of its template as registered and
 * approved at SOLAPI/Kakao, with the variables that template has, in the form {@code
 * TASK_ASSIGNED=KA01TP...(task); TASK_REMINDER=KA01TP...(task,due)}. Checked when the app starts
 * against the app's own templates: an unknown kind, or a variable the app does not fill for that
 * kind, stops the start with a message naming it. Besides its own variables, every kind whose
 * message concerns a page has {@code #{url}}, the page's absolute address. A kind without a 알림톡
 * template goes as SMS/LMS.
 */
final class KakaoTemplates {

    record Registered(Template template, String templateId, List<String> variables) {

        /**
         * Whether the outbox kept a value for every variable (a message from before the mapping may
         * not).
         */
        boolean filledBy(Map<String, String> values) {
            return values.keySet().containsAll(variables);
        }
    }

    private static final Pattern ENTRY =
            Pattern.compile("(\\w+)\\s*=\\s*([\\w-]+)\\s*(?:\\(([^)]*)\\))?");

    private final Map<Template, Registered> byTemplate;

    private KakaoTemplates(Map<Template, Registered> byTemplate) {
        this.byTemplate = byTemplate;
    }

    static KakaoTemplates parse(String spec, boolean channelConfigured) {
        Map<Template, Registered> found = new TreeMap<>();
        List<String> problems = new ArrayList<>();
        for (String entry : spec.split("[;\\n]")) {
            if (entry.isBlank()) {
                continue;
            }
            Matcher m = ENTRY.matcher(entry.trim());
            if (!m.matches()) {
                problems.add("'" + entry.trim() + "' is not KIND=TEMPLATE_ID(variable,...)");
                continue;
            }
            Optional<Template> template =
                    Arrays.stream(Template.values())
                            .filter(t -> t.name().equals(m.group(1)))
                            .findFirst();
            if (template.isEmpty()) {
                problems.add("unknown message kind " + m.group(1));
                continue;
            }
            List<String> variables =
                    m.group(3) == null || m.group(3).isBlank()
                            ? List.of()
                            : List.copyOf(
                                    new LinkedHashSet<>(
                                            Arrays.stream(m.group(3).split(","))
                                                    .map(String::trim)
                                                    .toList()));
            for (String variable : variables) {
                if (!template.get().variables().contains(variable)
                        && !variable.equals(Template.LINK)) {
                    problems.add(
                            m.group(1)
                                    + " ("
                                    + m.group(2)
                                    + ") uses #{"
                                    + variable
                                    + "}, which the app does not"
                                    + " fill for that kind (it has "
                                    + new TreeSet<>(template.get().variables())
                                    + ")");
                }
            }
            if (found.put(template.get(), new Registered(template.get(), m.group(2), variables))
                    != null) {
                problems.add(m.group(1) + " is mapped twice");
            }
        }
        if (!found.isEmpty() && !channelConfigured) {
            problems.add("알림톡 templates need the KakaoTalk channel id SANGSAENG_SOLAPI_KAKAO_PFID");
        }
        if (!problems.isEmpty()) {
            throw new IllegalStateException(
                    "SANGSAENG_SOLAPI_KAKAO_TEMPLATES is wrong: " + String.join("; ", problems));
        }
        return new KakaoTemplates(found);
    }

    Optional<Registered> of(String templateName) {
        return byTemplate.values().stream()
                .filter(r -> r.template().name().equals(templateName))
                .findFirst();
    }

    int size() {
        return byTemplate.size();
    }
}
