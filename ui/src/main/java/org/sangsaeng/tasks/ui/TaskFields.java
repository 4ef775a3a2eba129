package org.sangsaeng.tasks.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.sangsaeng.ui.MarketTimeFields;

/**
 * The fields task forms are made of: a choice of answers, a text box, a date, the button that
 * completes the task, and the variables it sends. Each form keeps its own element ids, which the
 * browser tests find.
 */
public final class TaskFields {

    private TaskFields() {}

    /**
     * Answers to pick one of, labelled by {@code labelKey}; an answer's label has the key {@code
     * answerKeyPrefix + answer}.
     */
    public static RadioButtonGroup<String> choice(
            String id, String labelKey, String answerKeyPrefix, List<String> answers) {
        RadioButtonGroup<String> group = new RadioButtonGroup<>(text(labelKey));
        group.setItems(answers);
        group.setItemLabelGenerator(a -> text(answerKeyPrefix + a));
        group.setId(id);
        return group;
    }

    /**
     * The decision most task forms ask for ({@code decision}), labelled by {@code labelKey}; an
     * answer's label has the key {@code labelKey.answer}.
     */
    public static RadioButtonGroup<String> decision(String labelKey, List<String> answers) {
        return choice("decision", labelKey, labelKey + ".", answers);
    }

    /** The names of an enum's values, as the process variables hold them. */
    public static List<String> names(Enum<?>... values) {
        return Arrays.stream(values).map(Enum::name).toList();
    }

    /** A full-width text box of at most {@code maxLength} characters. */
    public static TextArea textArea(String id, String labelKey, int maxLength) {
        TextArea area = new TextArea(text(labelKey));
        area.setMaxLength(maxLength);
        area.setWidthFull();
        area.setId(id);
        return area;
    }

    /** A date and time in the market's zone, first set at the full hour {@code days} from now. */
    public static DateTimePicker laterBy(String labelKey, int days) {
        return MarketTimeFields.daysAhead(text(labelKey), days);
    }

    /** A picked market time as the instant the process reads; null when none is picked. */
    public static String instant(DateTimePicker picker) {
        Instant picked = MarketTimeFields.instant(picker);
        return picked == null ? null : picked.toString();
    }

    /** The primary button that completes the task ({@code complete-task}). */
    public static Button complete(String labelKey, Runnable action) {
        Button button = new Button(text(labelKey), e -> action.run());
        button.setId("complete-task");
        button.addThemeName("primary");
        return button;
    }

    /**
     * The button that completes the task with what {@code fields} hold when it is pressed, each
     * under its variable's name.
     */
    public static Button complete(
            Consumer<Map<String, Object>> submit, Map<String, ? extends HasValue<?, ?>> fields) {
        return complete(
                "tasks.complete",
                () -> {
                    Map<String, Object> values = new HashMap<>();
                    fields.forEach((name, field) -> values.put(name, field.getValue()));
                    submit.accept(values);
                });
    }

    /**
     * The variables a form sends, as names and values in turn; a value may be null (nothing chosen
     * or typed), which the server refuses with its own message.
     */
    public static Map<String, Object> values(Object... namesAndValues) {
        Map<String, Object> values = new HashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            values.put((String) namesAndValues[i], namesAndValues[i + 1]);
        }
        return values;
    }

    /** Marks {@code field} as wrongly filled in, saying why with the text of {@code messageKey}. */
    public static void invalid(HasValidation field, String messageKey) {
        field.setInvalid(true);
        field.setErrorMessage(text(messageKey));
    }

    /** The text of {@code key} in the person's language. */
    public static String text(String key, Object... args) {
        return UI.getCurrent().getTranslation(key, args);
    }
}
