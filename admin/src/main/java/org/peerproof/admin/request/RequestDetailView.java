package org.peerproof.admin.request;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.RolesAllowed;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.peerproof.domain.access.Roles;
import org.peerproof.domain.access.SignedInUser;
import org.peerproof.domain.ask.AskFollowUp;
import org.peerproof.domain.ask.AskStatus;
import org.peerproof.domain.ask.CallOutcomeForm;
import org.peerproof.domain.advocate.ContactChannel;
import org.peerproof.domain.notification.LinkedPages;
import org.peerproof.domain.outcome.DealOutcomeForm;
import org.peerproof.domain.outcome.DealOutcomeView;
import org.peerproof.domain.outcome.DealOutcomes;
import org.peerproof.domain.outcome.DealResult;
import org.peerproof.domain.request.CallScheduling;
import org.peerproof.domain.request.CallTimeForm;
import org.peerproof.domain.request.ReferenceRequests;
import org.peerproof.domain.request.RequestDetail.RequestAsk;
import org.peerproof.domain.request.RequestDetail;
import org.peerproof.domain.request.VisibleRequests;
import org.peerproof.domain.shared.RecordNotFoundException;
import org.peerproof.i18n.Dates;
import org.peerproof.i18n.Labels;
import org.peerproof.ui.BrowserTimeZone;
import org.peerproof.ui.Feedback;
import org.peerproof.ui.LocalizedDatePicker;
import org.peerproof.ui.RouteIds;
import org.springframework.context.MessageSource;

/**
 * One reference request for its owner (sales) and program staff: the prospect, its status and timestamps, its asks
 * by status, where it stands and the next step; for each advocate who accepted, who they are, how to reach them
 * (their preferred way first) and the call time in the reader's and the advocate's zone; and what comes after:
 * the owner or program staff set the call time, record the call and the deal's outcome, program staff withdraw
 * asks. Times are shown in the time zone the reader's browser reports (UTC until it has).
 */
@Route(RequestDetailView.ROUTE)
@RolesAllowed({Roles.SALES, Roles.PROGRAM_MANAGER, Roles.ADMIN})
public class RequestDetailView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final String REQUEST_ID = LinkedPages.REQUEST_ID;
    public static final String ROUTE = LinkedPages.REQUEST_DETAIL;

    private final transient ReferenceRequests requests;
    private final transient AskFollowUp followUp;
    private final transient CallScheduling scheduling;
    private final transient DealOutcomes outcomes;
    private final transient MessageSource messages;
    private final transient Clock clock;
    private final H2 title = new H2();
    private final FormLayout summary = new FormLayout();
    private final Div contacts = new Div();
    private final Select<AskStatus> askFilter = new Select<>();
    private final Grid<RequestAsk> askGrid = new Grid<>();
    private final Button findAdvocates = new Button();
    private final ComboBox<DealResult> result = new ComboBox<>();
    private final BigDecimalField amount = new BigDecimalField();
    private final DatePicker closeDate = new LocalizedDatePicker();
    private final Paragraph outcomeSummary = new Paragraph();
    private List<RequestAsk> asks = List.of();
    private Long requestId;
    private String opportunityId = "";
    private ZoneId staffZone = ZoneOffset.UTC;

    public RequestDetailView(ReferenceRequests requests, AskFollowUp followUp, CallScheduling scheduling,
                             DealOutcomes outcomes, MessageSource messages, Clock clock) {
        this.requests = requests;
        this.followUp = followUp;
        this.scheduling = scheduling;
        this.outcomes = outcomes;
        this.messages = messages;
        this.clock = clock;
        summary.setId("request-summary");
        contacts.setId("request-contacts");
        contacts.setWidthFull();

        var back = new Button(getTranslation("requests.detail.back"),
                click -> getUI().ifPresent(ui -> ui.navigate(RequestQueueView.class)));
        back.setId("back-to-queue");
        findAdvocates.setText(getTranslation("requests.detail.findAdvocates"));
        findAdvocates.setId("find-advocates");
        findAdvocates.addClickListener(click -> getUI().ifPresent(ui -> ui.navigate(MatchRequestView.class,
                new RouteParameters(MatchRequestView.REQUEST_ID, requestId.toString()))));
        findAdvocates.setVisible(seesAll());

        askFilter.setId("ask-filter");
        askFilter.setLabel(getTranslation("requests.detail.asks.filter"));
        askFilter.setItems(AskStatus.values());
        askFilter.setEmptySelectionAllowed(true);
        askFilter.setEmptySelectionCaption(getTranslation("requests.detail.asks.all"));
        askFilter.setPlaceholder(getTranslation("requests.detail.asks.all"));
        askFilter.setItemLabelGenerator(this::statusLabel);
        askFilter.addValueChangeListener(change -> showAsks());
        askGrid.setId("request-asks");
        askGrid.setAllRowsVisible(true);
        askGrid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        askGrid.addColumn(ask -> ask.advocateName() == null ? getTranslation("requests.detail.ask.hidden")
                : ask.advocateName()).setHeader(getTranslation("requests.detail.ask.advocate")).setAutoWidth(true);
        askGrid.addColumn(RequestAsk::advocateCompany).setHeader(getTranslation("requests.detail.ask.company")).setAutoWidth(true);
        askGrid.addColumn(ask -> statusLabel(ask.status())).setHeader(getTranslation("requests.detail.ask.status"));
        askGrid.addColumn(ask -> time(ask.askedAt())).setHeader(getTranslation("requests.detail.ask.askedAt"));
        askGrid.addColumn(ask -> ask.status() == AskStatus.PENDING ? time(ask.expiresAt()) : "")
                .setHeader(getTranslation("requests.detail.ask.expiresAt"));
        askGrid.addColumn(ask -> time(ask.respondedAt())).setHeader(getTranslation("requests.detail.ask.respondedAt"));
        askGrid.addColumn(ask -> time(ask.scheduledAt())).setHeader(getTranslation("requests.detail.ask.scheduledAt"));
        askGrid.addColumn(this::call).setHeader(getTranslation("requests.detail.ask.call")).setFlexGrow(2);
        askGrid.addComponentColumn(this::actions).setAutoWidth(true);

        add(new HorizontalLayout(back, findAdvocates), title, summary, contacts,
                new H3(getTranslation("requests.detail.asks")),
                askFilter, askGrid, outcomeSection());
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var id = RouteIds.required(event, REQUEST_ID);
        if (id.isEmpty()) {
            return;
        }
        requestId = id.get();
        staffZone = BrowserTimeZone.orUtc(event.getUI());
        try {
            refresh();
        } catch (RecordNotFoundException notVisible) {
            event.rerouteTo(RequestQueueView.class);
            return;
        }
        BrowserTimeZone.whenKnown(event.getUI(), zone -> {
            if (!zone.equals(staffZone)) {
                staffZone = zone;
                refresh();
            }
        });
    }

    private void refresh() {
        var user = SignedInUser.current();
        var detail = requests.detail(user, requestId);
        opportunityId = detail.opportunityId();
        title.setText(getTranslation("requests.detail.title", detail.opportunityId()));
        showSummary(detail);
        asks = detail.asks();
        showContacts();
        showAsks();
        outcomes.forRequest(user, requestId).ifPresentOrElse(this::showOutcome, () -> outcomeSummary.setText(""));
    }

    private void showSummary(RequestDetail detail) {
        summary.removeAll();
        var locale = getLocale();
        field("requests.detail.prospect", detail.prospectCompany());
        field("requests.detail.opportunity", detail.opportunityId());
        field("requests.detail.status", Labels.of(this, detail.progress())).setId("request-status");
        field("requests.detail.nextStep", getTranslation("requests.next." + detail.progress().name()))
                .setId("request-next-step");
        field("requests.detail.industry", Labels.of(this, detail.prospectIndustry()));
        field("requests.detail.sizeBand", Labels.of(this, detail.sizeBand()));
        field("requests.detail.region", Labels.of(this, detail.region()));
        field("requests.detail.products", String.join(", ", detail.products()));
        field("requests.detail.useCase", detail.useCase());
        field("requests.detail.persona", Labels.of(this, detail.preferredPersona()));
        field("requests.detail.language", detail.languageCode() == null ? null
                : Locale.of(detail.languageCode()).getDisplayLanguage(locale));
        field("requests.detail.dealStage", Labels.of(this, detail.dealStage()));
        field("requests.detail.dealAmount", money(detail.dealAmount()));
        field("requests.detail.activityType", Labels.of(this, detail.activityType()));
        field("requests.detail.neededBy", Dates.date(detail.neededBy(), locale));
        field("requests.detail.requestedBy", detail.requestedBy());
        field("requests.detail.createdAt", time(detail.createdAt()));
        field("requests.detail.firstMatchedAt", time(detail.firstMatchedAt()));
        field("requests.detail.fulfilledAt", time(detail.fulfilledAt()));
        field("requests.detail.notes", detail.notes());
    }

    private Span field(String labelKey, String value) {
        var text = new Span(value == null || value.isBlank() ? "—" : value);
        summary.addFormItem(text, getTranslation(labelKey));
        return text;
    }

    /** One card per advocate who said yes: who, how to reach them, when, and whether their brief went out. */
    private void showContacts() {
        contacts.removeAll();
        asks.stream().filter(ask -> ask.advocateEmail() != null && AskStatus.takingASlot().contains(ask.status()))
                .forEach(ask -> contacts.add(contactCard(ask)));
    }

    private Div contactCard(RequestAsk ask) {
        var card = new Div();
        card.setId("contact-" + ask.askId());
        card.addClassNames("contact-card");
        card.getStyle().set("border", "1px solid var(--lumo-contrast-20pct)")
                .set("border-radius", "var(--lumo-border-radius-l)").set("padding", "var(--lumo-space-m)")
                .set("margin-bottom", "var(--lumo-space-m)");
        card.add(new H3(getTranslation("requests.contact.title", ask.advocateName())));
        var role = ask.advocateTitle() == null ? ask.advocateCompany()
                : getTranslation("requests.contact.role", ask.advocateTitle(), ask.advocateCompany());
        card.add(new Paragraph(role));
        if (ask.preferredChannel() != null) {
            card.add(new Paragraph(getTranslation("requests.contact.prefers", Labels.of(this, ask.preferredChannel()))));
        }
        var byPhone = ask.preferredChannel() == ContactChannel.PHONE && ask.advocatePhone() != null;
        var email = contactLine("requests.contact.email", "mailto:" + ask.advocateEmail(), ask.advocateEmail(), !byPhone);
        email.setId("contact-email-" + ask.askId());
        var phone = ask.advocatePhone() == null ? new Paragraph(getTranslation("requests.contact.noPhone"))
                : contactLine("requests.contact.phone", "tel:" + ask.advocatePhone().replaceAll("[^+0-9]", ""),
                        ask.advocatePhone(), byPhone);
        phone.setId("contact-phone-" + ask.askId());
        if (byPhone) {
            card.add(phone, email);
        } else {
            card.add(email, phone);
        }
        var advocateZone = ZoneId.of(ask.advocateTimeZone());
        card.add(new Paragraph(getTranslation("requests.contact.zone", zoneName(advocateZone),
                DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(getLocale())
                        .format(clock.instant().atZone(advocateZone)))));
        var when = new Paragraph(ask.scheduledAt() == null ? getTranslation("requests.contact.noCallYet")
                : getTranslation("requests.contact.callAt", Dates.dateTime(ask.scheduledAt(), staffZone, getLocale()),
                        zoneName(staffZone), Dates.dateTime(ask.scheduledAt(), advocateZone, getLocale()),
                        zoneName(advocateZone)));
        when.setId("contact-call-time-" + ask.askId());
        card.add(when);
        card.add(new Paragraph(ask.briefSentAt() == null ? getTranslation("requests.contact.briefNotSent")
                : getTranslation("requests.contact.briefSent", time(ask.briefSentAt()))));
        if (ask.status() == AskStatus.ACCEPTED) {
            var schedule = new Button(getTranslation(ask.scheduledAt() == null ? "requests.schedule.set"
                    : "requests.schedule.change"), click -> openScheduleDialog(ask));
            schedule.setId("schedule-call-" + ask.askId());
            schedule.addThemeVariants(ask.scheduledAt() == null ? ButtonVariant.LUMO_PRIMARY : ButtonVariant.LUMO_TERTIARY);
            card.add(schedule);
        }
        return card;
    }

    private Paragraph contactLine(String labelKey, String href, String text, boolean preferred) {
        var line = new Paragraph(getTranslation(labelKey) + ": ");
        line.add(new Anchor(href, text));
        if (preferred) {
            line.add(new Span(" " + getTranslation("requests.contact.preferred")));
        }
        return line;
    }

    private void openScheduleDialog(RequestAsk ask) {
        var dialog = new Dialog();
        dialog.setId("schedule-dialog");
        dialog.setHeaderTitle(getTranslation("requests.schedule.title"));
        var at = new DateTimePicker(getTranslation("requests.schedule.at", zoneName(staffZone)));
        at.setId("schedule-at");
        at.setLocale(getLocale());
        at.setDatePickerI18n(LocalizedDatePicker.calendarTexts(getLocale())
                .setToday(getTranslation("datePicker.today")).setCancel(getTranslation("datePicker.cancel")));
        at.setStep(Duration.ofMinutes(15));
        at.setMin(LocalDateTime.ofInstant(clock.instant(), staffZone));
        // Not marked required: Vaadin puts aria-required on the picker's role=group host, which ARIA forbids (axe
        // reports it as critical). The dialog asks for nothing else, and saving without a time names this field.
        if (ask.scheduledAt() != null) {
            at.setValue(LocalDateTime.ofInstant(ask.scheduledAt(), staffZone));
        }
        dialog.add(at);
        var save = new Button(getTranslation("requests.schedule.save"), click -> {
            var form = new CallTimeForm(at.getValue() == null ? null : at.getValue().atZone(staffZone).toInstant());
            if (Feedback.attempt(this, messages, Map.of("scheduledAt", at),
                    () -> scheduling.schedule(SignedInUser.current(), ask.askId(), form))) {
                Feedback.saved(this, "requests.schedule.saved");
                dialog.close();
                refresh();
            }
        });
        save.setId("save-schedule");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button(getTranslation("requests.schedule.cancel"), click -> dialog.close()), save);
        dialog.open();
    }

    private String zoneName(ZoneId zone) {
        return zone.getDisplayName(TextStyle.FULL, getLocale()) + " (" + zone.getId() + ")";
    }

    private void showAsks() {
        var status = askFilter.getValue();
        askGrid.setItems(asks.stream().filter(ask -> status == null || ask.status() == status).toList());
    }

    private String call(RequestAsk ask) {
        if (ask.callHappened() == null) {
            return "";
        }
        var parts = new ArrayList<String>();
        parts.add(getTranslation(ask.callHappened() ? "requests.detail.ask.callHappened" : "requests.detail.ask.callMissed"));
        if (ask.prospectScore() != null) {
            parts.add(getTranslation("requests.detail.ask.score", ask.prospectScore()));
        }
        if (ask.prospectFeedback() != null) {
            parts.add(ask.prospectFeedback());
        }
        return String.join(" ", parts);
    }

    private HorizontalLayout actions(RequestAsk ask) {
        var actions = new HorizontalLayout();
        if (ask.status() == AskStatus.ACCEPTED) {
            var record = new Button(getTranslation("requests.detail.recordCall"), click -> openCallDialog(ask));
            record.setId("record-call-" + ask.askId());
            record.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_PRIMARY);
            actions.add(record);
        }
        if (seesAll() && (ask.status() == AskStatus.PENDING || ask.status() == AskStatus.ACCEPTED)) {
            var withdraw = new Button(getTranslation("requests.detail.withdraw"), click -> {
                if (Feedback.attempt(this, messages, Map.of(), () -> followUp.withdraw(SignedInUser.current(), ask.askId()))) {
                    Feedback.saved(this, "requests.detail.withdrawn");
                }
                refresh();
            });
            withdraw.setId("withdraw-" + ask.askId());
            withdraw.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR);
            actions.add(withdraw);
        }
        return actions;
    }

    private void openCallDialog(RequestAsk ask) {
        var dialog = new Dialog();
        dialog.setId("call-dialog");
        dialog.setHeaderTitle(getTranslation("requests.call.title"));
        var happened = new Checkbox(getTranslation("requests.call.happened"), true);
        happened.setId("call-happened");
        var occurredOn = new LocalizedDatePicker(getTranslation("requests.call.occurredOn"), LocalDate.now(clock.withZone(staffZone)));
        occurredOn.setId("call-occurred-on");
        var feedback = new TextArea(getTranslation("requests.call.feedback"));
        feedback.setId("call-feedback");
        feedback.setMaxLength(2000);
        var score = new IntegerField(getTranslation("requests.call.score"));
        score.setId("call-score");
        score.setMin(0);
        score.setMax(10);
        score.setStepButtonsVisible(true);
        happened.addValueChangeListener(change -> {
            occurredOn.setEnabled(change.getValue());
            score.setEnabled(change.getValue());
        });
        dialog.add(new VerticalLayout(happened, occurredOn, score, feedback));
        var save = new Button(getTranslation("requests.call.save"), click -> {
            var form = new CallOutcomeForm(happened.getValue(), occurredOn.getValue(), feedback.getValue(),
                    score.getValue());
            if (Feedback.attempt(this, messages, Map.of("occurredOn", occurredOn, "prospectFeedback", feedback,
                    "prospectScore", score), () -> followUp.recordCall(SignedInUser.current(), ask.askId(), form))) {
                Feedback.saved(this, happened.getValue() ? "requests.call.recorded" : "requests.call.missedRecorded");
                dialog.close();
                refresh();
            }
        });
        save.setId("save-call");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button(getTranslation("requests.call.cancel"), click -> dialog.close()), save);
        dialog.open();
    }

    private VerticalLayout outcomeSection() {
        result.setId("outcome-result");
        result.setLabel(getTranslation("requests.outcome.result"));
        result.setItems(DealResult.values());
        result.setItemLabelGenerator(value -> Labels.of(this, value));
        result.setValue(DealResult.OPEN);
        amount.setId("outcome-amount");
        amount.setLabel(getTranslation("requests.outcome.amount"));
        closeDate.setId("outcome-close-date");
        closeDate.setLabel(getTranslation("requests.outcome.closeDate"));
        outcomeSummary.setId("outcome-summary");
        var save = new Button(getTranslation("requests.outcome.save"), click -> saveOutcome());
        save.setId("save-outcome");
        var form = new HorizontalLayout(result, amount, closeDate, save);
        form.setAlignItems(Alignment.BASELINE);
        var section = new VerticalLayout(new H3(getTranslation("requests.outcome.title")), form, outcomeSummary);
        section.setPadding(false);
        return section;
    }

    private void saveOutcome() {
        var form = new DealOutcomeForm(result.getValue(), amount.getValue(), closeDate.getValue());
        var saved = new DealOutcomeView[1];
        if (Feedback.attempt(this, messages, Map.of("result", result, "amount", amount, "closeDate", closeDate),
                () -> saved[0] = outcomes.record(SignedInUser.current(), requestId, form))) {
            Feedback.saved(this, "requests.outcome.saved");
            showOutcome(saved[0]);
        }
    }

    private void showOutcome(DealOutcomeView outcome) {
        result.setValue(outcome.result());
        amount.setValue(outcome.amount());
        closeDate.setValue(outcome.closeDate());
        outcomeSummary.setText(outcome.daysInCycle() == null ? ""
                : getTranslation("requests.outcome.daysInCycle", outcome.daysInCycle(), outcome.influencingAskIds().size()));
    }

    private String statusLabel(AskStatus status) {
        return status == null ? "" : getTranslation("requests.askStatus." + status.name());
    }

    private String time(Instant instant) {
        return Dates.dateTime(instant, staffZone, getLocale());
    }

    private String money(BigDecimal value) {
        return value == null ? null : java.text.NumberFormat.getNumberInstance(getLocale()).format(value);
    }

    private boolean seesAll() {
        return VisibleRequests.seesAll(SignedInUser.current());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("requests.detail.title", opportunityId) + " | " + getTranslation("app.name");
    }
}
