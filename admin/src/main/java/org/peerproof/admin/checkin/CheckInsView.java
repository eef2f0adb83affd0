package org.peerproof.admin.checkin;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import org.peerproof.domain.access.Roles;
import org.peerproof.domain.access.SignedInUser;
import org.peerproof.domain.account.RelationshipHealth;
import org.peerproof.domain.checkin.CheckInDue;
import org.peerproof.domain.checkin.CheckInForm;
import org.peerproof.domain.checkin.CheckInStatus;
import org.peerproof.domain.checkin.CheckIns;
import org.peerproof.i18n.Dates;
import org.peerproof.i18n.Labels;
import org.peerproof.ui.Feedback;
import org.peerproof.ui.LocalizedDatePicker;
import org.springframework.context.MessageSource;

/**
 * Quarterly check-ins with Tier 1 advocates: overdue first, then due, then done this quarter. Customer success
 * managers see the advocates at their own accounts. Clicking an advocate records a check-in and shows earlier ones.
 */
@Route(CheckInsView.ROUTE)
@RolesAllowed({Roles.CSM, Roles.PROGRAM_MANAGER, Roles.ADMIN})
public class CheckInsView extends VerticalLayout implements HasDynamicTitle {

    public static final String ROUTE = "admin/check-ins";

    private final CheckIns checkIns;
    private final MessageSource messages;
    private final Clock clock;
    private final SignedInUser user = SignedInUser.current();
    private final Grid<CheckInDue> grid = new Grid<>();

    public CheckInsView(CheckIns checkIns, MessageSource messages, Clock clock) {
        this.checkIns = checkIns;
        this.messages = messages;
        this.clock = clock;
        setSizeFull();
        grid.setId("check-in-grid");
        grid.addColumn(CheckInDue::advocateName).setHeader(getTranslation("program.advocate")).setAutoWidth(true);
        grid.addColumn(CheckInDue::company).setHeader(getTranslation("program.signUps.company"));
        grid.addColumn(row -> row.owner() == null ? "" : row.owner()).setHeader(getTranslation("program.checkins.owner"));
        grid.addColumn(row -> Dates.date(row.lastHeldOn(), getLocale())).setHeader(getTranslation("program.checkins.last"));
        grid.addComponentColumn(row -> {
            var badge = new Span(Labels.of(this, row.status()));
            badge.getElement().getThemeList().add(row.status() == CheckInStatus.OVERDUE ? "badge error"
                    : row.status() == CheckInStatus.DUE ? "badge contrast" : "badge success");
            badge.addClassName("check-in-" + row.status().name().toLowerCase());
            return badge;
        }).setHeader(getTranslation("program.status"));
        grid.addItemClickListener(click -> recorder(click.getItem()).open());
        grid.setSizeFull();
        add(new H2(getTranslation("program.checkins.title")), new Paragraph(getTranslation("program.checkins.intro")), grid);
        refresh();
    }

    private void refresh() {
        grid.setItems(checkIns.dueList(user));
    }

    private Dialog recorder(CheckInDue advocate) {
        var dialog = new Dialog();
        dialog.setId("check-in-dialog");
        dialog.setHeaderTitle(advocate.advocateName());
        var heldOn = new LocalizedDatePicker(getTranslation("program.checkins.heldOn"), LocalDate.now(clock));
        heldOn.setId("check-in-held-on");
        var health = new Select<RelationshipHealth>();
        health.setId("check-in-health");
        health.setLabel(getTranslation("program.checkins.health"));
        health.setItems(RelationshipHealth.values());
        health.setItemLabelGenerator(value -> Labels.of(this, value));
        var notes = new TextArea(getTranslation("program.checkins.notes"));
        notes.setId("check-in-notes");
        notes.setMaxLength(4000);
        var nextAsks = new TextArea(getTranslation("program.checkins.nextAsks"));
        nextAsks.setId("check-in-next-asks");
        nextAsks.setMaxLength(2000);
        var history = new UnorderedList();
        checkIns.history(user, advocate.advocateId()).forEach(held -> history.add(new ListItem(getTranslation(
                "program.checkins.historyLine", Dates.date(held.heldOn(), getLocale()), held.owner(),
                Labels.of(this, held.health()), held.notes() == null ? "" : held.notes()))));
        var save = new Button(getTranslation("program.save"), click -> {
            var form = new CheckInForm(advocate.advocateId(), heldOn.getValue(), health.getValue(), notes.getValue(),
                    nextAsks.getValue());
            if (Feedback.attempt(this, messages, Map.of("heldOn", heldOn, "health", health, "notes", notes,
                    "nextAsks", nextAsks), () -> checkIns.record(user, form))) {
                Feedback.saved(this, "program.checkins.recorded");
                dialog.close();
                refresh();
            }
        });
        save.setId("check-in-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(new FormLayout(heldOn, health, notes, nextAsks), new H4(getTranslation("program.checkins.history")),
                history);
        dialog.getFooter().add(new Button(getTranslation("program.cancel"), click -> dialog.close()), save);
        return dialog;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("program.checkins.title") + " | " + getTranslation("app.name");
    }
}
