package org.peerproof.admin.program;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import org.peerproof.domain.access.Roles;
import org.peerproof.domain.access.SignedInUser;
import org.peerproof.domain.advocate.SignUpReview;
import org.peerproof.domain.recommitment.CampaignForm;
import org.peerproof.domain.recommitment.RecommitmentCampaigns;
import org.peerproof.domain.reward.BenefitView;
import org.peerproof.domain.reward.GrantForm;
import org.peerproof.domain.reward.RewardProgram;
import org.peerproof.domain.tier.TierAdministration;
import org.peerproof.domain.tier.TierMove;
import org.peerproof.domain.tier.TierView;
import org.peerproof.i18n.Dates;
import org.peerproof.ui.Feedback;
import org.peerproof.ui.LocalizedDatePicker;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The program section of an advocate's detail in the directory: tier and yearly commitment progress for everyone
 * who may see the advocate; for program managers and admins also moving tier, granting a benefit, sending a
 * recommitment and approving a self sign-up.
 */
@Component
public class AdvocateProgramPanels {

    /** Default answer window of a recommitment sent from here: room for both reminders (30 and 7 days). */
    static final int DEFAULT_ANSWER_DAYS = 45;

    private final TierAdministration tiers;
    private final RewardProgram rewards;
    private final RecommitmentCampaigns recommitments;
    private final SignUpReview signUps;
    private final MessageSource messages;
    private final Clock clock;

    public AdvocateProgramPanels(TierAdministration tiers, RewardProgram rewards, RecommitmentCampaigns recommitments,
                                 SignUpReview signUps, MessageSource messages, Clock clock) {
        this.tiers = tiers;
        this.rewards = rewards;
        this.recommitments = recommitments;
        this.signUps = signUps;
        this.messages = messages;
        this.clock = clock;
    }

    /** The panel for one advocate; {@code changed} runs after an action changed them (to reload the detail). */
    public VerticalLayout forAdvocate(SignedInUser user, Long advocateId, Runnable changed) {
        var panel = new VerticalLayout();
        panel.setPadding(false);
        panel.setId("advocate-program");
        var summary = tiers.summary(user, advocateId);
        var progress = summary.progress();
        var progressText = new Paragraph(panel.getTranslation("program.detail.progress", progress.completed(),
                progress.expected(), Dates.date(progress.since(), UI.getCurrent().getLocale()), progress.percent()));
        progressText.setId("commitment-progress");
        panel.add(new H4(panel.getTranslation("program.detail.title")), progressText);
        if (summary.awaitingSignUpReview()) {
            var awaiting = new Paragraph(panel.getTranslation("program.detail.signUpAwaitingReview"));
            awaiting.setId("sign-up-awaiting-review");
            panel.add(awaiting);
        }
        if (!user.hasAnyRole(Roles.PROGRAM_MANAGER, Roles.ADMIN)) {
            return panel;
        }
        var actions = new HorizontalLayout();
        actions.setWrap(true);
        var move = new Button(panel.getTranslation("program.detail.moveTier"),
                click -> moveTierDialog(user, advocateId, summary.tierId(), changed).open());
        move.setId("move-tier");
        var grant = new Button(panel.getTranslation("program.detail.grant"),
                click -> grantDialog(user, advocateId, changed).open());
        grant.setId("grant-benefit");
        var recommit = new Button(panel.getTranslation("program.detail.recommitment"),
                click -> recommitmentDialog(user, advocateId).open());
        recommit.setId("send-recommitment");
        actions.add(move, grant, recommit);
        if (summary.awaitingSignUpReview()) {
            var approve = new Button(panel.getTranslation("program.detail.approveSignUp"), click -> {
                if (Feedback.attempt(panel, messages, () -> signUps.approve(user, advocateId))) {
                    Feedback.saved(panel, "program.signUps.approved");
                    changed.run();
                }
            });
            approve.setId("approve-sign-up");
            approve.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            actions.add(approve);
        }
        panel.add(actions);
        return panel;
    }

    private Dialog moveTierDialog(SignedInUser user, Long advocateId, Long currentTierId, Runnable changed) {
        var dialog = new Dialog();
        dialog.setId("move-tier-dialog");
        dialog.setHeaderTitle(dialog.getTranslation("program.detail.moveTier"));
        var tier = new Select<TierView>();
        tier.setId("move-tier-to");
        tier.setLabel(dialog.getTranslation("program.tiers.tier"));
        tier.setItems(tiers.list(user).stream().filter(option -> !option.id().equals(currentTierId)).toList());
        tier.setItemLabelGenerator(TierView::name);
        var reason = new TextArea(dialog.getTranslation("program.detail.moveReason"));
        reason.setId("move-tier-reason");
        reason.setRequired(true);
        reason.setMaxLength(500);
        reason.setWidthFull();
        var save = new Button(dialog.getTranslation("program.save"), click -> {
            if (tier.getValue() == null) {
                tier.setInvalid(true);
                tier.setErrorMessage(dialog.getTranslation("program.required"));
                return;
            }
            if (Feedback.attempt(dialog, messages, Map.of("reason", reason), () -> tiers.moveAdvocate(user,
                    new TierMove(advocateId, tier.getValue().id(), reason.getValue())))) {
                Feedback.saved(dialog, "program.detail.moved", tier.getValue().name());
                dialog.close();
                changed.run();
            }
        });
        save.setId("move-tier-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(new VerticalLayout(tier, reason));
        dialog.getFooter().add(new Button(dialog.getTranslation("program.cancel"), click -> dialog.close()), save);
        return dialog;
    }

    private Dialog grantDialog(SignedInUser user, Long advocateId, Runnable changed) {
        var dialog = new Dialog();
        dialog.setId("grant-dialog");
        dialog.setHeaderTitle(dialog.getTranslation("program.detail.grant"));
        var benefit = new Select<BenefitView>();
        benefit.setId("grant-benefit-choice");
        benefit.setLabel(dialog.getTranslation("program.benefits.benefit"));
        benefit.setItems(rewards.grantableTo(user, advocateId));
        benefit.setItemLabelGenerator(BenefitView::name);
        var value = new BigDecimalField(dialog.getTranslation("program.benefits.value"));
        value.setId("grant-value");
        benefit.addValueChangeListener(change -> value.setHelperText(change.getValue() == null
                || change.getValue().maxValue() == null ? null
                : dialog.getTranslation("program.benefits.valueBand", change.getValue().maxValue())));
        var budget = rewards.budget(user, rewards.currentQuarter());
        var remaining = new Paragraph(dialog.getTranslation("program.benefits.remaining", budget.quarter().toString(),
                budget.remaining()));
        var save = new Button(dialog.getTranslation("program.benefits.grantAction"), click -> {
            if (benefit.getValue() == null) {
                benefit.setInvalid(true);
                benefit.setErrorMessage(dialog.getTranslation("program.required"));
                return;
            }
            if (Feedback.attempt(dialog, messages, Map.of("value", value), () -> rewards.grant(user,
                    new GrantForm(advocateId, benefit.getValue().id(), value.getValue())))) {
                Feedback.saved(dialog, "program.benefits.granted", benefit.getValue().name());
                dialog.close();
                changed.run();
            }
        });
        save.setId("grant-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(new VerticalLayout(benefit, value, remaining));
        dialog.getFooter().add(new Button(dialog.getTranslation("program.cancel"), click -> dialog.close()), save);
        return dialog;
    }

    private Dialog recommitmentDialog(SignedInUser user, Long advocateId) {
        var dialog = new Dialog();
        dialog.setId("recommitment-dialog");
        dialog.setHeaderTitle(dialog.getTranslation("program.detail.recommitment"));
        var dueOn = new LocalizedDatePicker(dialog.getTranslation("program.recommitment.dueOn"),
                LocalDate.now(clock).plusDays(DEFAULT_ANSWER_DAYS));
        dueOn.setId("recommitment-due-on");
        var send = new Button(dialog.getTranslation("program.recommitment.send"), click -> {
            if (Feedback.attempt(dialog, messages, Map.of("dueOn", dueOn), () -> recommitments.start(user,
                    new CampaignForm(CampaignForm.Cohort.ADVOCATE, advocateId, null, dueOn.getValue())))) {
                Feedback.saved(dialog, "program.recommitment.started", 1);
                dialog.close();
            }
        });
        send.setId("recommitment-send");
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var layout = new HorizontalLayout(dueOn);
        layout.setAlignItems(FlexComponent.Alignment.BASELINE);
        dialog.add(layout);
        dialog.getFooter().add(new Button(dialog.getTranslation("program.cancel"), click -> dialog.close()), send);
        return dialog;
    }
}
