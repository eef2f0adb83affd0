package org.peerproof.portal;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.formlayout.FormLayout.ResponsiveStep;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.timepicker.TimePicker;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Map;
import org.peerproof.domain.access.Roles;
import org.peerproof.domain.access.SignedInUser;
import org.peerproof.domain.advocate.AdvocateAvailability;
import org.peerproof.domain.advocate.AvailabilityForm;
import org.peerproof.domain.advocate.AvailabilityView;
import org.peerproof.domain.advocate.BlackoutForm;
import org.peerproof.domain.advocate.BlackoutPeriod;
import org.peerproof.i18n.Dates;
import org.peerproof.ui.Feedback;
import org.peerproof.ui.LocalizedDatePicker;
import org.springframework.context.MessageSource;

/** When the advocate may be asked: a pause, blackout periods and working hours in their own time zone. */
@Route(PortalRoutes.AVAILABILITY)
@RolesAllowed(Roles.ADVOCATE)
public class MyAvailabilityView extends VerticalLayout implements HasDynamicTitle {

    private final transient AdvocateAvailability availability;
    private final transient MessageSource messages;
    private final DatePicker pausedUntil = new LocalizedDatePicker();
    private final TimePicker workStart = new TimePicker();
    private final TimePicker workEnd = new TimePicker();
    private final DatePicker blackoutStart = new LocalizedDatePicker();
    private final DatePicker blackoutEnd = new LocalizedDatePicker();
    private final VerticalLayout blackouts = new VerticalLayout();

    public MyAvailabilityView(AdvocateAvailability availability, MessageSource messages) {
        this.availability = availability;
        this.messages = messages;
        addClassName("portal-page");
        pausedUntil.setLabel(getTranslation("availability.pausedUntil"));
        pausedUntil.setHelperText(getTranslation("availability.pausedUntil.help"));
        pausedUntil.setClearButtonVisible(true);
        pausedUntil.setId("paused-until");
        workStart.setLabel(getTranslation("availability.workingHours.start"));
        workEnd.setLabel(getTranslation("availability.workingHours.end"));
        var save = new Button(getTranslation("common.save"), click -> save());
        save.setId("save-availability");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);

        blackoutStart.setLabel(getTranslation("availability.blackout.start"));
        blackoutStart.setId("blackout-start");
        blackoutEnd.setLabel(getTranslation("availability.blackout.end"));
        blackoutEnd.setId("blackout-end");
        var addBlackout = new Button(getTranslation("availability.blackout.add"), click -> addBlackout());
        addBlackout.setId("add-blackout");
        blackouts.setPadding(false);
        blackouts.setId("blackouts");

        var current = availability.mine(SignedInUser.current());
        add(new H2(getTranslation("availability.title")),
                new Paragraph(getTranslation("availability.timeZone", current.timeZone())),
                fields(pausedUntil), fields(workStart, workEnd), save,
                new H3(getTranslation("availability.blackouts")), blackouts,
                fields(blackoutStart, blackoutEnd), addBlackout);
        show(current);
    }

    /** Side by side where there is room, one under the other on a phone: a picker never runs off the screen. */
    private static FormLayout fields(Component... pickers) {
        var layout = new FormLayout(pickers);
        layout.setResponsiveSteps(new ResponsiveStep("0", 1), new ResponsiveStep("32em", 2));
        layout.setWidthFull();
        return layout;
    }

    private void show(AvailabilityView current) {
        pausedUntil.setValue(current.pausedUntil());
        workStart.setValue(current.workingHoursStart());
        workEnd.setValue(current.workingHoursEnd());
        blackouts.removeAll();
        if (current.blackouts().isEmpty()) {
            blackouts.add(new Paragraph(getTranslation("availability.blackouts.none")));
        }
        current.blackouts().forEach(blackout -> blackouts.add(blackoutRow(blackout)));
    }

    private Div blackoutRow(BlackoutPeriod blackout) {
        var remove = new Button(getTranslation("availability.blackout.remove"), click -> {
            if (Feedback.attempt(this, messages, Map.of(),
                    () -> show(availability.removeBlackout(SignedInUser.current(), blackout.startDate())))) {
                Feedback.saved(this, "common.saved");
            }
        });
        remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        var row = new Div(new Span(getTranslation("availability.blackout.range",
                Dates.date(blackout.startDate(), getLocale()), Dates.date(blackout.endDate(), getLocale()))), remove);
        row.addClassName("blackout-row");
        return row;
    }

    private void save() {
        var form = new AvailabilityForm(pausedUntil.getValue(), workStart.getValue(), workEnd.getValue());
        if (Feedback.attempt(this, messages, Map.of("pause", pausedUntil, "workingHours", workEnd),
                () -> show(availability.update(SignedInUser.current(), form)))) {
            Feedback.saved(this, "availability.saved");
        }
    }

    private void addBlackout() {
        var form = new BlackoutForm(blackoutStart.getValue(), blackoutEnd.getValue());
        if (Feedback.attempt(this, messages, Map.of("startDate", blackoutStart, "blackout", blackoutEnd),
                () -> show(availability.addBlackout(SignedInUser.current(), form)))) {
            blackoutStart.clear();
            blackoutEnd.clear();
            Feedback.saved(this, "availability.saved");
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("availability.title") + " | " + getTranslation("app.name");
    }
}
