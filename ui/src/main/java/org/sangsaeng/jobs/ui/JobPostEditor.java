package org.sangsaeng.jobs.ui;

import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.timepicker.TimePicker;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.HashMap;
import java.util.Map;
import org.sangsaeng.jobs.JobPostDetails;
import org.sangsaeng.jobs.JobPostForm;
import org.sangsaeng.jobs.PayUnit;
import org.sangsaeng.membership.BusinessType;
import org.sangsaeng.shared.MarketTime;
import org.sangsaeng.ui.Feedback;
import org.sangsaeng.ui.MarketTimeFields;

/** The fields of a job post, for a new post and for a revision; the server checks them again. */
class JobPostEditor extends FormLayout {

    private final TextField title = new TextField(getTranslation("jobs.title"));
    private final Select<BusinessType> businessType = new Select<>();
    private final TextArea tasks = new TextArea(getTranslation("jobs.tasks"));
    private final TextField skills = new TextField(getTranslation("jobs.skills"));
    private final TextField place = new TextField(getTranslation("jobs.place"));
    private final TextField area = new TextField(getTranslation("jobs.area"));
    private final DatePicker start = new DatePicker(getTranslation("jobs.startDate"));
    private final DatePicker end = new DatePicker(getTranslation("jobs.endDate"));
    private final TimePicker dailyStart =
            new TimePicker(getTranslation("jobs.dailyStart"), LocalTime.of(9, 0));
    private final TimePicker dailyEnd =
            new TimePicker(getTranslation("jobs.dailyEnd"), LocalTime.of(18, 0));
    private final IntegerField positions = new IntegerField(getTranslation("jobs.positions"));
    private final Select<PayUnit> payUnit = new Select<>();
    private final IntegerField pay = new IntegerField(getTranslation("jobs.pay"));
    private final DateTimePicker deadline = new DateTimePicker(getTranslation("jobs.deadline"));

    JobPostEditor() {
        title.setMaxLength(200);
        title.setId("job-title");
        businessType.setLabel(getTranslation("jobs.businessType"));
        businessType.setItems(BusinessType.values());
        businessType.setItemLabelGenerator(t -> getTranslation("businessType." + t.name()));
        businessType.setId("job-business-type");
        tasks.setMaxLength(2000);
        tasks.setId("job-tasks");
        skills.setHelperText(getTranslation("jobs.tagsHelp"));
        skills.setId("job-skills");
        place.setId("job-place");
        area.setId("job-area");
        start.setId("job-start");
        end.setId("job-end");
        positions.setMin(1);
        positions.setValue(1);
        positions.setId("job-positions");
        payUnit.setLabel(getTranslation("jobs.payUnit"));
        payUnit.setItems(PayUnit.values());
        payUnit.setItemLabelGenerator(u -> getTranslation("payUnit." + u.name()));
        payUnit.setValue(PayUnit.HOUR);
        pay.setSuffixComponent(new com.vaadin.flow.component.html.Span("원"));
        pay.setId("job-pay");
        deadline.setId("job-deadline");
        LocalDate inAWeek = LocalDate.now(MarketTime.ZONE).plusDays(7);
        start.setValue(inAWeek);
        end.setValue(inAWeek);
        deadline.setValue(LocalDateTime.of(inAWeek.minusDays(2), LocalTime.of(18, 0)));
        add(
                title,
                businessType,
                tasks,
                skills,
                place,
                area,
                start,
                end,
                dailyStart,
                dailyEnd,
                positions,
                payUnit,
                pay,
                deadline);
    }

    void setValue(JobPostDetails p) {
        title.setValue(p.title());
        businessType.setValue(p.businessType());
        tasks.setValue(p.tasks());
        skills.setValue(String.join(", ", p.skills()));
        place.setValue(p.place());
        area.setValue(p.area());
        start.setValue(p.startDate());
        end.setValue(p.endDate());
        dailyStart.setValue(p.dailyStart());
        dailyEnd.setValue(p.dailyEnd());
        positions.setValue(p.positions());
        payUnit.setValue(p.payUnit());
        pay.setValue((int) p.payWon());
        deadline.setValue(LocalDateTime.ofInstant(p.applicationDeadline(), MarketTime.ZONE));
    }

    /** Whether the deadline is picked; if not, the person is told. */
    boolean deadlinePicked(Feedback feedback) {
        return MarketTimeFields.picked(feedback, deadline);
    }

    JobPostForm value(long coopId) {
        return new JobPostForm(
                coopId,
                title.getValue(),
                businessType.getValue(),
                tasks.getValue(),
                skills.getValue(),
                place.getValue(),
                area.getValue(),
                start.getValue(),
                end.getValue(),
                dailyStart.getValue(),
                dailyEnd.getValue(),
                positions.getValue() == null ? 0 : positions.getValue(),
                payUnit.getValue(),
                pay.getValue() == null ? 0 : pay.getValue(),
                MarketTimeFields.instant(deadline));
    }

    /** The same values as a revise task's submission. */
    Map<String, Object> asSubmission() {
        JobPostForm f = value(0);
        Map<String, Object> values = new HashMap<>();
        values.put("title", f.title());
        values.put("businessType", f.businessType() == null ? null : f.businessType().name());
        values.put("tasks", f.tasks());
        values.put("skills", f.skills());
        values.put("place", f.place());
        values.put("area", f.area());
        values.put("startDate", f.startDate() == null ? null : f.startDate().toString());
        values.put("endDate", f.endDate() == null ? null : f.endDate().toString());
        values.put("dailyStart", f.dailyStart() == null ? null : f.dailyStart().toString());
        values.put("dailyEnd", f.dailyEnd() == null ? null : f.dailyEnd().toString());
        values.put("positions", f.positions());
        values.put("payUnit", f.payUnit() == null ? null : f.payUnit().name());
        values.put("payWon", f.payWon());
        values.put(
                "applicationDeadline",
                f.applicationDeadline() == null ? null : f.applicationDeadline().toString());
        return values;
    }
}
