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
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sangsaeng.notifications.channels.TemplateValues;
import org.sangsaeng.shared.Messages;
import org.sangsaeng.shared.PublicAddress;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * The Korean and English texts of every {@link Template}, with named variables like {@code {task}}.
 * A missing text or an undeclared variable stops the app at start-up, not at send time.
 */
@Component
class TemplateCatalog {

    private static final Pattern VARIABLE = Pattern.compile("\\{(\\w+)}");

    /**
     * The texts, and each variable's value as shown (what a KakaoTalk 알림톡 template is filled with).
     */
    record Rendered(String title, String body, Map<String, String> values) {

        /** The outbox's copy of the values, for a channel that sends a registered template. */
        String valuesJson() {
            return TemplateValues.toJson(values);
        }

        /**
         * The text as it leaves the app (SMS, KakaoTalk, e-mail): with the absolute address of the
         * page it concerns on a line of its own, which a phone makes a link, and as {@code #{url}}
         * for a 알림톡.
         */
        Rendered linking(String absoluteUrl) {
            if (absoluteUrl == null) {
                return this;
            }
            Map<String, String> withUrl = new TreeMap<>(values);
            withUrl.put(Template.LINK, absoluteUrl);
            return new Rendered(title, body + "\n" + absoluteUrl, withUrl);
        }
    }

    private final Map<Locale, Properties> texts;
    private final Messages messages;
    private final PublicAddress publicAddress;

    @Autowired
    TemplateCatalog(Messages messages, PublicAddress publicAddress) {
        this(
                load("notification-templates.properties"),
                load("notification-templates_en.properties"),
                messages,
                publicAddress);
    }

    TemplateCatalog(
            Properties korean, Properties english, Messages messages, PublicAddress publicAddress) {
        this.messages = messages;
        this.publicAddress = publicAddress;
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
                            problems.add(
                                    key
                                            + " ("
                                            + entry.getKey()
                                            + ") uses unknown variable {"
                                            + m.group(1)
                                            + "}");
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
        Set<String> missing = new TreeSet<>(template.variables());
        missing.removeAll(variables.keySet());
        if (!missing.isEmpty()) {
            throw new IllegalArgumentException(
                    "Template " + template + " needs variables " + missing);
        }
        Properties p = texts.get(Messages.supported(locale));
        Map<String, String> shown = new TreeMap<>();
        for (String name : template.variables()) {
            shown.put(name, shown(variables.get(name), locale));
        }
        return new Rendered(
                fill(p.getProperty(template.key() + ".title"), shown),
                fill(p.getProperty(template.key() + ".body"), shown),
                shown);
    }

    /**
     * The address a phone opens for an app path ({@code tasks/12}): {@code SANGSAENG_PUBLIC_URL} in
     * front.
     */
    String absolute(String link) {
        if (link == null || link.isBlank()) {
            return null;
        }
        return publicAddress.of(link);
    }

    private String shown(Object value, Locale locale) {
        return value instanceof Localized l
                ? messages.get(l.messageKey(), locale)
                : String.valueOf(value);
    }

    private static String fill(String text, Map<String, String> shown) {
        Matcher m = VARIABLE.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(shown.get(m.group(1))));
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
