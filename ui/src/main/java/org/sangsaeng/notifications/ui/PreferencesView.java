package org.sangsaeng.notifications.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.timepicker.TimePicker;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import org.sangsaeng.notifications.Channel;
import org.sangsaeng.notifications.NotificationKind;
import org.sangsaeng.notifications.NotificationSettings;
import org.sangsaeng.notifications.Preferences;
import org.sangsaeng.ui.Feedback;

/** How I want to be reached: channels per kind of message, addresses, quiet hours, daily digest. */
@Route("preferences")
@PermitAll
public class PreferencesView extends VerticalLayout implements HasDynamicTitle {

    public PreferencesView(NotificationSettings settings, Feedback feedback) {
        Preferences current = settings.myPreferences();
        EmailField email = new EmailField(getTranslation("preferences.email"));
        email.setValue(current.email() == null ? "" : current.email());
        TextField phone = new TextField(getTranslation("preferences.phone"));
        phone.setPlaceholder("010-1234-5678");
        phone.setValue(current.phone() == null ? "" : current.phone());

        FormLayout channels = new FormLayout();
        Map<NotificationKind, CheckboxGroup<Channel>> choices =
                new EnumMap<>(NotificationKind.class);
        for (NotificationKind kind : NotificationKind.values()) {
            if (!kind.chosen()) {
                continue;
            }
            CheckboxGroup<Channel> group = new CheckboxGroup<>();
            group.setItems(Channel.values());
            group.setItemLabelGenerator(c -> getTranslation("channel." + c.name()));
            group.setValue(current.channels().getOrDefault(kind, Set.of()));
            group.setId("channels-" + kind.name());
            choices.put(kind, group);
            channels.addFormItem(group, getTranslation("notificationKind." + kind.name()));
        }

        TimePicker quietFrom =
                new TimePicker(getTranslation("preferences.quietFrom"), current.quietFrom());
        TimePicker quietUntil =
                new TimePicker(getTranslation("preferences.quietUntil"), current.quietUntil());
        quietFrom.setStep(Duration.ofMinutes(30));
        quietUntil.setStep(Duration.ofMinutes(30));
        Checkbox digest = new Checkbox(getTranslation("preferences.digest"), current.dailyDigest());

        Button save =
                new Button(
                        getTranslation("preferences.save"),
                        e -> {
                            Map<NotificationKind, Set<Channel>> chosen =
                                    new EnumMap<>(NotificationKind.class);
                            choices.forEach((kind, group) -> chosen.put(kind, group.getValue()));
                            Preferences saved =
                                    feedback.attempt(
                                            () ->
                                                    settings.updateMyPreferences(
                                                            new Preferences(
                                                                    email.getValue(),
                                                                    phone.getValue(),
                                                                    chosen,
                                                                    quietFrom.getValue(),
                                                                    quietUntil.getValue(),
                                                                    digest.getValue())));
                            if (saved != null) {
                                feedback.success(getTranslation("preferences.saved"));
                            }
                        });
        save.addThemeName("primary");
        save.setId("save-preferences");

        add(
                new H2(getTranslation("nav.preferences")),
                new FormLayout(email, phone),
                new H3(getTranslation("preferences.channels")),
                channels,
                new H3(getTranslation("preferences.quietHours")),
                new FormLayout(quietFrom, quietUntil),
                digest,
                save);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.preferences") + " · " + getTranslation("app.name");
    }
}
