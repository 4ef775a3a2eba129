package org.sangsaeng.notifications;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sangsaeng.shared.Messages;
import org.springframework.stereotype.Component;

/**
 * The Korean and English texts of every {@link Template}, with named variables like {@code {task}}.
 * A missing text or an undeclared variable stops the app at start-up, not at send time.
 */
@Component
class TemplateCatalog {

    private static final Pattern VARIABLE = Pattern.compile("\\{(\\w+)}");

    record Rendered(String title, String body) {
    }

    private final Map<Locale, Properties> texts;
    private final Messages messages;

    @org.springframework.beans.factory.annotation.Autowired
    TemplateCatalog(Messages messages) {
        this(load("notification-templates.properties"), load("notification-templates_en.properties"), messages);
    }

    TemplateCatalog(Properties korean, Properties english, Messages messages) {
        this.messages = messages;
        this.texts = Map.of(Messages.KOREAN, korean, Messages.ENGLISH, english);
        List<String> problems = new ArrayList<>();
        for (Template template : Template.values()) {
            for (var entry : texts.entrySet()) {
                for (String part : List.of("title", "body")) {
                    String key = template.key() + "." + part;
                    String text = entry.getValue().getProperty(key);
                    if (text == null || text.isBlank()) {
                        problems.add("missing " + key + " (" + entry.getKey() + ")");
                        continue;
                    }
                    Matcher m = VARIABLE.matcher(text);
                    while (m.find()) {
                        if (!template.variables().contains(m.group(1))) {
                            problems.add(key + " (" + entry.getKey() + ") uses unknown variable {" + m.group(1) + "}");
                        }
                    }
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new IllegalStateException("Notification templates are wrong: " + problems);
        }
    }

    Rendered render(Template template, Map<String, Object> variables, Locale locale) {
        Set<String> missing = new java.util.TreeSet<>(template.variables());
        missing.removeAll(variables.keySet());
        if (!missing.isEmpty()) {
            throw new IllegalArgumentException("Template " + template + " needs variables " + missing);
        }
        Properties p = texts.get(Messages.supported(locale));
        return new Rendered(fill(p.getProperty(template.key() + ".title"), variables, locale),
                fill(p.getProperty(template.key() + ".body"), variables, locale));
    }

    private String fill(String text, Map<String, Object> variables, Locale locale) {
        Matcher m = VARIABLE.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            Object value = variables.get(m.group(1));
            String shown = value instanceof Localized l ? messages.get(l.messageKey(), locale) : String.valueOf(value);
            m.appendReplacement(out, Matcher.quoteReplacement(shown));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static Properties load(String name) {
        Properties p = new Properties();
        try (InputStream in = TemplateCatalog.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("Missing " + name + " on the class path");
            }
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return p;
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read " + name, e);
        }
    }
}
