package org.sangsaeng.jobs.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.TextStyle;
import org.sangsaeng.jobs.SeekerEntryDetails;
import org.sangsaeng.jobs.SeekerEntryForm;
import org.sangsaeng.jobs.SeekerProfileDetails;
import org.sangsaeng.jobs.SeekerProfileForm;
import org.sangsaeng.jobs.SeekerService;
import org.sangsaeng.membership.BusinessType;
import org.sangsaeng.membership.CurrentUsers;
import org.sangsaeng.shared.MarketTime;
import org.sangsaeng.ui.Feedback;

/**
 * My seeker profile (skills, business types I know, areas, usual days), my ratings, and my "looking
 * for work" entries.
 */
@Route("jobs/profile")
@PermitAll
public class SeekerProfilePage extends VerticalLayout implements HasDynamicTitle {

    public SeekerProfilePage(
            SeekerService seekerService, CurrentUsers currentUsers, Feedback feedback) {
        SeekerProfileDetails me = seekerService.profile(currentUsers.require().username());
        TextArea intro = new TextArea(getTranslation("jobs.intro"));
        intro.setMaxLength(1000);
        intro.setValue(me.intro());
        TextField skills = new TextField(getTranslation("jobs.skills"));
        skills.setValue(String.join(", ", me.skills()));
        skills.setHelperText(getTranslation("jobs.tagsHelp"));
        skills.setId("profile-skills");
        CheckboxGroup<BusinessType> types = businessTypes();
        types.setValue(me.businessTypes());
        TextField areas = new TextField(getTranslation("jobs.areas"));
        areas.setValue(String.join(", ", me.areas()));
        areas.setId("profile-areas");
        CheckboxGroup<DayOfWeek> days = new CheckboxGroup<>(getTranslation("jobs.weekdays"));
        days.setItems(DayOfWeek.values());
        days.setItemLabelGenerator(d -> d.getDisplayName(TextStyle.SHORT, getLocale()));
        days.setValue(me.weekdays());
        Button save =
                new Button(
                        getTranslation("jobs.saveProfile"),
                        e -> {
                            feedback.succeeds(
                                    () ->
                                            seekerService.updateMyProfile(
                                                    new SeekerProfileForm(
                                                            intro.getValue(),
                                                            skills.getValue(),
                                                            types.getValue(),
                                                            areas.getValue(),
                                                            days.getValue())),
                                    getTranslation("jobs.profileSaved"));
                        });
        save.addThemeName("primary");
        save.setId("profile-save");
        Paragraph rating = new Paragraph(JobTexts.rating(this, me.rating()));
        rating.setId("profile-rating");

        Grid<SeekerEntryDetails> entries = new Grid<>();
        entries.addColumn(SeekerEntryDetails::title)
                .setHeader(getTranslation("jobs.title"))
                .setFlexGrow(2);
        entries.addColumn(e -> e.availableFrom() + " ~ " + e.availableTo())
                .setHeader(getTranslation("jobs.available"));
        entries.setAllRowsVisible(true);
        entries.setItems(
                seekerService.entries().stream()
                        .filter(e -> e.seeker().equals(me.username()))
                        .toList());
        TextField title = new TextField(getTranslation("jobs.title"));
        title.setId("entry-title");
        TextField entrySkills = new TextField(getTranslation("jobs.skills"));
        TextField entryAreas = new TextField(getTranslation("jobs.areas"));
        CheckboxGroup<BusinessType> entryTypes = businessTypes();
        DatePicker from =
                new DatePicker(
                        getTranslation("jobs.availableFrom"), LocalDate.now(MarketTime.ZONE));
        DatePicker to =
                new DatePicker(
                        getTranslation("jobs.availableTo"),
                        LocalDate.now(MarketTime.ZONE).plusDays(14));
        TextArea note = new TextArea(getTranslation("jobs.note"));
        Button add =
                new Button(
                        getTranslation("jobs.addEntry"),
                        e -> {
                            if (feedback.attempt(
                                            () ->
                                                    seekerService.addEntry(
                                                            new SeekerEntryForm(
                                                                    title.getValue(),
                                                                    entrySkills.getValue(),
                                                                    entryTypes.getValue(),
                                                                    entryAreas.getValue(),
                                                                    from.getValue(),
                                                                    to.getValue(),
                                                                    note.getValue())))
                                    != null) {
                                feedback.success(getTranslation("jobs.entryAdded"));
                                entries.setItems(
                                        seekerService.entries().stream()
                                                .filter(x -> x.seeker().equals(me.username()))
                                                .toList());
                            }
                        });
        add.setId("entry-add");

        add(
                new H2(getTranslation("jobs.profile")),
                rating,
                new FormLayout(intro, skills, areas),
                types,
                days,
                save,
                new H3(getTranslation("jobs.myEntries")),
                entries,
                new FormLayout(title, entrySkills, entryAreas, from, to),
                entryTypes,
                note,
                add);
    }

    private CheckboxGroup<BusinessType> businessTypes() {
        CheckboxGroup<BusinessType> types = new CheckboxGroup<>(getTranslation("jobs.knownTypes"));
        types.setItems(BusinessType.values());
        types.setItemLabelGenerator(t -> getTranslation("businessType." + t.name()));
        return types;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("jobs.profile") + " · " + getTranslation("app.name");
    }
}
