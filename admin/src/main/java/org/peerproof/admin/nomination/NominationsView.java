package org.peerproof.admin.nomination;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import org.peerproof.domain.access.Roles;
import org.peerproof.domain.access.SignedInUser;
import org.peerproof.domain.account.StaffAccountView;
import org.peerproof.domain.advocate.Persona;
import org.peerproof.domain.advocate.SignUpReview;
import org.peerproof.domain.nomination.NominationForm;
import org.peerproof.domain.nomination.NominationStatus;
import org.peerproof.domain.nomination.NominationView;
import org.peerproof.domain.nomination.Nominations;
import org.peerproof.domain.nomination.RejectionForm;
import org.peerproof.i18n.Dates;
import org.peerproof.i18n.Labels;
import org.peerproof.ui.Feedback;
import org.springframework.context.MessageSource;

/**
 * Nominations (every staff role): a form to nominate a customer contact and the list of nominations, the
 * nominator's own or, for program managers and admins, all of them with invite and reject. Program managers and
 * admins also review here the people who signed up on their own: the other way into the program.
 */
@Route(NominationsView.ROUTE)
@RolesAllowed({Roles.SALES, Roles.CSM, Roles.PROGRAM_MANAGER, Roles.ADMIN})
public class NominationsView extends VerticalLayout implements HasDynamicTitle {

    public static final String ROUTE = "admin/nominations";

    private final transient Nominations nominations;
    private final transient SignUpReview signUps;
    private final transient MessageSource messages;
    private final transient Clock clock;
    private final SignedInUser user;
    private final boolean decides;
    private final Grid<NominationView> grid = new Grid<>();
    private final Grid<SignUpReview.PendingSignUp> pending = new Grid<>();
    private final H3 signUpsHeading = new H3();
    private final ComboBox<NominationStatus> statusFilter = new ComboBox<>();
    private final TextField name = new TextField();
    private final EmailField email = new EmailField();
    private final TextField jobTitle = new TextField();
    private final ComboBox<Persona> persona = new ComboBox<>();
    private final ComboBox<StaffAccountView> account = new ComboBox<>();
    private final TextArea reason = new TextArea();
    private final Checkbox notADuplicate = new Checkbox();

    public NominationsView(Nominations nominations, SignUpReview signUps, MessageSource messages, Clock clock) {
        this.nominations = nominations;
        this.signUps = signUps;
        this.messages = messages;
        this.clock = clock;
        this.user = SignedInUser.current();
        this.decides = user.hasAnyRole(Roles.PROGRAM_MANAGER, Roles.ADMIN);
        setWidthFull();
        add(new H2(getTranslation("nominations.title")), form());
        var list = new VerticalLayout(filterBar(), grid());
        list.setPadding(false);
        if (decides) {
            // Sign-ups waiting for review come first, above the nominations: they are the work that waits on staff.
            // Sections, not a TabSheet: Vaadin's tab list carries a focusable scroller axe reports as critical.
            signUpsHeading.setId("sign-ups-heading");
            add(signUpsHeading, pendingGrid());
        }
        add(list);
        refresh();
    }

    private Component form() {
        name.setLabel(getTranslation("nominations.form.name"));
        name.setId("nomination-name");
        email.setLabel(getTranslation("nominations.form.email"));
        email.setId("nomination-email");
        jobTitle.setLabel(getTranslation("nominations.form.jobTitle"));
        jobTitle.setId("nomination-title");
        persona.setLabel(getTranslation("nominations.form.persona"));
        persona.setId("nomination-persona");
        persona.setItems(Persona.values());
        persona.setItemLabelGenerator(value -> Labels.of(this, value));
        persona.setClearButtonVisible(true);
        account.setLabel(getTranslation("nominations.form.account"));
        account.setId("nomination-account");
        account.setItems(nominations.accounts(user));
        account.setItemLabelGenerator(StaffAccountView::companyName);
        reason.setLabel(getTranslation("nominations.form.reason"));
        reason.setId("nomination-reason");
        reason.setMaxLength(2000);
        notADuplicate.setLabel(getTranslation("nominations.form.notADuplicate"));
        notADuplicate.setId("nomination-not-duplicate");
        notADuplicate.setVisible(false);
        var submit = new Button(getTranslation("nominations.form.submit"), click -> nominate());
        submit.setId("nomination-submit");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var form = new FormLayout(name, email, jobTitle, persona, account, reason);
        form.setColspan(reason, 2);
        var content = new VerticalLayout(form, notADuplicate, submit);
        content.setPadding(false);
        // Program managers mostly decide, so for them the form starts folded and the list gets the room.
        var section = new Details(new H3(getTranslation("nominations.form.title")), content);
        section.setOpened(!decides);
        section.setWidthFull();
        section.setId("nomination-form");
        return section;
    }

    private void nominate() {
        var selected = account.getValue();
        var form = new NominationForm(name.getValue(), email.getValue(), jobTitle.getValue(), persona.getValue(),
                selected == null ? null : selected.id(), reason.getValue(), notADuplicate.getValue());
        var fields = Map.of("name", name, "email", email, "title", jobTitle, "accountId", account, "reason", reason);
        boolean done = Feedback.attempt(this, messages, fields, () -> {
            try {
                nominations.nominate(user, form);
            } catch (Nominations.LikelyDuplicateException likely) {
                // The nominator decides: the message names the person already there, the checkbox lets them go on.
                notADuplicate.setVisible(true);
                throw likely;
            }
        });
        if (done) {
            Feedback.success(getTranslation("nominations.created"));
            name.clear();
            email.clear();
            jobTitle.clear();
            persona.clear();
            reason.clear();
            notADuplicate.clear();
            notADuplicate.setVisible(false);
            refresh();
        }
    }

    private Component filterBar() {
        statusFilter.setLabel(getTranslation("nominations.filter.status"));
        statusFilter.setId("nomination-status-filter");
        statusFilter.setItems(NominationStatus.values());
        statusFilter.setItemLabelGenerator(value -> Labels.of(this, value));
        statusFilter.setClearButtonVisible(true);
        statusFilter.addValueChangeListener(change -> refresh());
        return new HorizontalLayout(statusFilter);
    }

    private Grid<NominationView> grid() {
        grid.setId("nominations-grid");
        grid.setWidthFull();
        grid.setMinHeight("24rem");
        grid.setEmptyStateText(getTranslation("nominations.empty"));
        grid.addColumn(NominationView::nomineeName).setHeader(getTranslation("nominations.column.nominee"))
                .setAutoWidth(true);
        grid.addColumn(NominationView::nomineeEmail).setHeader(getTranslation("nominations.column.email"))
                .setAutoWidth(true);
        grid.addColumn(NominationView::company).setHeader(getTranslation("nominations.column.company"))
                .setAutoWidth(true);
        grid.addColumn(NominationView::nominatedBy).setHeader(getTranslation("nominations.column.nominatedBy"))
                .setAutoWidth(true);
        grid.addColumn(NominationView::reason).setHeader(getTranslation("nominations.column.reason")).setFlexGrow(2);
        grid.addColumn(row -> Dates.date(LocalDate.ofInstant(row.createdAt(), clock.getZone()), getLocale()))
                .setHeader(getTranslation("nominations.column.created"));
        grid.addColumn(row -> Labels.of(this, row.status())).setHeader(getTranslation("nominations.column.status"));
        grid.addColumn(this::decision).setHeader(getTranslation("nominations.column.decision")).setFlexGrow(2);
        if (decides) {
            // Frozen, so the buttons stay in view however wide the reasons make the grid.
            grid.addComponentColumn(this::actions).setAutoWidth(true).setFrozenToEnd(true);
        }
        return grid;
    }

    private String decision(NominationView row) {
        if (row.decidedAt() == null) {
            return "";
        }
        var on = Dates.date(LocalDate.ofInstant(row.decidedAt(), clock.getZone()), getLocale());
        return row.status() == NominationStatus.REJECTED
                ? getTranslation("nominations.decision.rejected", row.decidedBy(), on, row.decisionNote())
                : getTranslation("nominations.decision", row.decidedBy(), on);
    }

    private Component actions(NominationView row) {
        var actions = new HorizontalLayout();
        if (row.status() == NominationStatus.NEW) {
            var invite = new Button(getTranslation("nominations.invite"), click -> {
                if (Feedback.attempt(this, messages, Map.of(), () -> nominations.invite(user, row.id()))) {
                    Feedback.success(getTranslation("nominations.invited", row.nomineeName()));
                }
                refresh();
            });
            invite.setId("invite-" + row.id());
            invite.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_PRIMARY);
            actions.add(invite);
        }
        if (row.status() == NominationStatus.NEW || row.status() == NominationStatus.INVITED) {
            var reject = new Button(getTranslation("nominations.reject"), click -> rejectDialog(row).open());
            reject.setId("reject-" + row.id());
            reject.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR);
            actions.add(reject);
        }
        return actions;
    }

    private Dialog rejectDialog(NominationView row) {
        var dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("nominations.reject.title", row.nomineeName()));
        var why = new TextArea(getTranslation("nominations.reject.reason"));
        why.setId("reject-reason");
        why.setMaxLength(2000);
        why.setWidthFull();
        dialog.add(why);
        var confirm = new Button(getTranslation("nominations.reject.confirm"), click -> {
            if (Feedback.attempt(this, messages, Map.of("reason", why),
                    () -> nominations.reject(user, row.id(), new RejectionForm(why.getValue())))) {
                Feedback.success(getTranslation("nominations.rejected", row.nomineeName()));
                dialog.close();
                refresh();
            }
        });
        confirm.setId("reject-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        var cancel = new Button(getTranslation("nominations.reject.cancel"), click -> dialog.close());
        dialog.getFooter().add(cancel, confirm);
        return dialog;
    }

    /** Self sign-ups waiting for review, oldest first; approving one lets them join in the default tier. */
    private Grid<SignUpReview.PendingSignUp> pendingGrid() {
        pending.setId("pending-sign-ups");
        pending.setWidthFull();
        pending.setAllRowsVisible(true);
        pending.setEmptyStateText(getTranslation("program.signUps.none"));
        pending.addColumn(SignUpReview.PendingSignUp::name).setHeader(getTranslation("program.advocate"))
                .setAutoWidth(true);
        pending.addColumn(SignUpReview.PendingSignUp::email).setHeader(getTranslation("program.signUps.email"))
                .setAutoWidth(true);
        pending.addColumn(SignUpReview.PendingSignUp::company).setHeader(getTranslation("program.signUps.company"))
                .setAutoWidth(true);
        pending.addColumn(row -> Dates.date(LocalDate.ofInstant(row.signedUpAt(), clock.getZone()), getLocale()))
                .setHeader(getTranslation("program.signUps.signedUpOn"));
        pending.addColumn(row -> Labels.of(this, row.status())).setHeader(getTranslation("program.status"));
        pending.addComponentColumn(row -> {
            var approve = new Button(getTranslation("program.detail.approveSignUp"), click -> {
                if (Feedback.attempt(this, messages, () -> signUps.approve(user, row.advocateId()))) {
                    Feedback.saved(this, "program.signUps.approved");
                    refresh();
                }
            });
            approve.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_PRIMARY);
            approve.setId("approve-sign-up-" + row.advocateId());
            return approve;
        }).setAutoWidth(true).setFrozenToEnd(true);
        return pending;
    }

    private void refresh() {
        grid.setItems(nominations.list(user, statusFilter.getValue()));
        if (decides) {
            var waiting = signUps.pending(user);
            pending.setItems(waiting);
            signUpsHeading.setText(getTranslation("program.signUps.tab", waiting.size()));
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nominations.title") + " | " + getTranslation("app.name");
    }
}
