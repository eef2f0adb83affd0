package org.peerproof.admin.recommitment;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.peerproof.domain.access.Roles;
import org.peerproof.domain.access.SignedInUser;
import org.peerproof.domain.recommitment.CampaignForm;
import org.peerproof.domain.recommitment.RecommitmentCampaigns;
import org.peerproof.domain.recommitment.RecommitmentRow;
import org.peerproof.domain.recommitment.RecommitmentStatus;
import org.peerproof.domain.tier.TierAdministration;
import org.peerproof.domain.tier.TierView;
import org.peerproof.i18n.Dates;
import org.peerproof.i18n.Labels;
import org.peerproof.ui.Feedback;
import org.peerproof.ui.LocalizedDatePicker;
import org.springframework.context.MessageSource;

/**
 * The yearly recommitment campaigns: counts by status, the list by due date (filter by status) and starting a campaign
 * for a tier or everyone whose commitment year ends by the due date. One advocate's is sent from their detail.
 */
@Route(RecommitmentBoardView.ROUTE)
@RolesAllowed({Roles.PROGRAM_MANAGER, Roles.ADMIN})
public class RecommitmentBoardView extends VerticalLayout implements HasDynamicTitle {

    public static final String ROUTE = "admin/recommitment";
    static final int DEFAULT_ANSWER_DAYS = 45;

    private final RecommitmentCampaigns campaigns;
    private final MessageSource messages;
    private final SignedInUser user = SignedInUser.current();
    private final HorizontalLayout counts = new HorizontalLayout();
    private final Select<RecommitmentStatus> statusFilter = new Select<>();
    private final Grid<RecommitmentRow> grid = new Grid<>();

    public RecommitmentBoardView(RecommitmentCampaigns campaigns, TierAdministration tiers, MessageSource messages,
                                 Clock clock) {
        this.campaigns = campaigns;
        this.messages = messages;
        setSizeFull();
        counts.setId("recommitment-counts");
        statusFilter.setId("recommitment-status-filter");
        statusFilter.setLabel(getTranslation("program.status"));
        statusFilter.setItems(RecommitmentStatus.values());
        statusFilter.setEmptySelectionAllowed(true);
        statusFilter.setEmptySelectionCaption(getTranslation("program.all"));
        statusFilter.setItemLabelGenerator(status -> status == null ? getTranslation("program.all") : Labels.of(this, status));
        statusFilter.addValueChangeListener(change -> refresh());
        grid.setId("recommitment-grid");
        grid.addColumn(RecommitmentRow::advocateName).setHeader(getTranslation("program.advocate")).setAutoWidth(true);
        grid.addColumn(row -> row.tierName() == null ? "" : row.tierName()).setHeader(getTranslation("program.tiers.tier"));
        grid.addColumn(row -> Labels.of(this, row.status())).setHeader(getTranslation("program.status"));
        grid.addColumn(row -> Dates.date(row.sentAt().atZone(ZoneOffset.UTC).toLocalDate(), getLocale()))
                .setHeader(getTranslation("program.recommitment.sentOn"));
        grid.addColumn(row -> Dates.date(row.dueOn(), getLocale())).setHeader(getTranslation("program.recommitment.dueOn"));
        grid.addColumn(row -> getTranslation(row.finalReminderSent() ? "program.recommitment.reminded7"
                : row.firstReminderSent() ? "program.recommitment.reminded30" : "program.recommitment.notReminded"))
                .setHeader(getTranslation("program.recommitment.reminders"));
        grid.setSizeFull();
        add(new H2(getTranslation("program.recommitment.title")), counts,
                new H3(getTranslation("program.recommitment.start")), campaignForm(tiers.list(user), clock),
                statusFilter, grid);
        refresh();
    }

    private Component campaignForm(List<TierView> tiers, Clock clock) {
        var cohort = new Select<CampaignForm.Cohort>();
        cohort.setId("campaign-cohort");
        cohort.setLabel(getTranslation("program.recommitment.cohort"));
        cohort.setItems(CampaignForm.Cohort.TIER, CampaignForm.Cohort.YEAR_ENDING);
        cohort.setItemLabelGenerator(value -> Labels.of(this, value));
        cohort.setValue(CampaignForm.Cohort.YEAR_ENDING);
        var tier = new Select<TierView>();
        tier.setId("campaign-tier");
        tier.setLabel(getTranslation("program.tiers.tier"));
        tier.setItems(tiers);
        tier.setItemLabelGenerator(TierView::name);
        tier.setEnabled(false);
        cohort.addValueChangeListener(change -> tier.setEnabled(change.getValue() == CampaignForm.Cohort.TIER));
        var dueOn = new LocalizedDatePicker(getTranslation("program.recommitment.dueOn"), LocalDate.now(clock).plusDays(DEFAULT_ANSWER_DAYS));
        dueOn.setId("campaign-due-on");
        var start = new Button(getTranslation("program.recommitment.send"), click -> {
            var sent = new int[1];
            var form = new CampaignForm(cohort.getValue(), null, tier.getValue() == null ? null : tier.getValue().id(),
                    dueOn.getValue());
            if (Feedback.attempt(this, messages, Map.of("cohort", cohort, "dueOn", dueOn, "cohortTargetGiven", tier),
                    () -> sent[0] = campaigns.start(user, form))) {
                Feedback.saved(this, "program.recommitment.started", sent[0]);
                refresh();
            }
        });
        start.setId("campaign-start");
        start.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var row = new HorizontalLayout(cohort, tier, dueOn, start);
        row.setAlignItems(FlexComponent.Alignment.BASELINE);
        row.setWrap(true);
        return row;
    }

    private void refresh() {
        var board = campaigns.board(user, statusFilter.getValue());
        counts.removeAll();
        board.counts().forEach((status, count) -> {
            var badge = new Span(getTranslation("program.recommitment.count", Labels.of(this, status), count));
            badge.getElement().getThemeList().add("badge");
            badge.setId("recommitment-count-" + status.name().toLowerCase());
            counts.add(badge);
        });
        grid.setItems(board.rows());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("program.recommitment.title") + " | " + getTranslation("app.name");
    }
}
