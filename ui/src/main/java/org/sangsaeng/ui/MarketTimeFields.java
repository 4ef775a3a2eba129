package org.sangsaeng.ui;

import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import java.time.Instant;
import java.time.LocalDateTime;
import org.sangsaeng.shared.MarketTime;

/**
 * Date-and-time fields read and set in the market's zone (Asia/Seoul), whatever zone the browser is
 * in.
 */
public final class MarketTimeFields {

    private MarketTimeFields() {}

    /** A field labelled {@code label}, first set at the full hour {@code days} from now. */
    public static DateTimePicker daysAhead(String label, int days) {
        return new DateTimePicker(
                label,
                LocalDateTime.now(MarketTime.ZONE)
                        .plusDays(days)
                        .withMinute(0)
                        .withSecond(0)
                        .withNano(0));
    }

    /**
     * Whether every field holds a date and time. When one is empty (cleared, or typed so that it
     * cannot be read) the person is told, naming the field, and the caller should change nothing.
     */
    public static boolean picked(Feedback feedback, DateTimePicker... fields) {
        for (DateTimePicker field : fields) {
            if (field.getValue() == null) {
                feedback.error(field.getTranslation("form.dateTimeRequired", field.getLabel()));
                return false;
            }
        }
        return true;
    }

    /** The instant the field's market time stands for; null when none is picked. */
    public static Instant instant(DateTimePicker field) {
        return field.getValue() == null
                ? null
                : field.getValue().atZone(MarketTime.ZONE).toInstant();
    }
}
