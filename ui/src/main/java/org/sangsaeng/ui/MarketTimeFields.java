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

    /** The instant the field's market time stands for; null when none is picked. */
    public static Instant instant(DateTimePicker field) {
        return field.getValue() == null
                ? null
                : field.getValue().atZone(MarketTime.ZONE).toInstant();
    }
}
