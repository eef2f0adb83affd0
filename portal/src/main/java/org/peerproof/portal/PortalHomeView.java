package org.peerproof.portal;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.stream.Collectors;
import org.peerproof.domain.access.Roles;
import org.peerproof.domain.access.SignedInUser;
import org.peerproof.domain.advocate.AdvocateEmailTakenException;
import org.peerproof.domain.advocate.AdvocateProfiles;
import org.peerproof.domain.advocate.EditableProfile;
import org.peerproof.domain.ask.AdvocateAsks;
import org.peerproof.domain.recommitment.RecommitmentAnswers;
import org.peerproof.domain.reward.AdvocateRewards;
import org.peerproof.domain.reward.ProgramWelcome;
import org.peerproof.i18n.Dates;
import org.peerproof.i18n.Labels;
import org.peerproof.ui.Feedback;
import org.springframework.context.MessageSource;

/**
 * The advocate's start page: for a newcomer, the program and where their sign-up stands; then what needs their
 * attention now (an empty profile, a stale one, an open recommitment, open asks).
 */
@Route(PortalRoutes.HOME)
@RolesAllowed(Roles.ADVOCATE)
public class PortalHomeView extends VerticalLayout implements HasDynamicTitle {

    private final transient AdvocateProfiles profiles;

    public PortalHomeView(AdvocateProfiles profiles, AdvocateAsks asks, RecommitmentAnswers recommitments,
                          AdvocateRewards rewards, MessageSource messages) {
        this.profiles = profiles;
        addClassName("portal-page");
        add(new H2(getTranslation("portal.placeholder.title")));
        try {
            var user = SignedInUser.current();
            var me = profiles.editable(user);
            var welcome = new Paragraph(getTranslation("portal.welcome", me.name()));
            welcome.setId("portal-welcome");
            add(welcome);
            rewards.welcome(user).ifPresent(program -> add(programWelcome(program)));
            if (!me.profileComplete()) {
                add(profileIncomplete());
            } else if (me.needsReview()) {
                add(reviewPrompt(me));
            }
            recommitments.mine(user).ifPresent(open -> add(new RecommitmentCard(open, recommitments, messages)));
            long open = asks.countOpen(user);
            add(openAsks(open));
        } catch (AdvocateEmailTakenException taken) {
            var problem = new Paragraph(getTranslation("portal.signUp.emailTaken"));
            problem.setId("portal-email-taken");
            add(problem);
        }
    }

    private Div profileIncomplete() {
        var text = new Paragraph(getTranslation("portal.profile.incomplete"));
        text.setId("portal-profile-incomplete");
        var complete = new Button(getTranslation("portal.profile.complete"),
                click -> UI.getCurrent().navigate(ProfileWizardView.class));
        complete.setId("complete-profile");
        complete.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var card = new Div(text, complete);
        card.addClassName("portal-card");
        return card;
    }

    private Div reviewPrompt(EditableProfile me) {
        var card = new Div();
        card.addClassName("portal-card");
        card.setId("profile-review-prompt");
        var stillRight = new Button(getTranslation("portal.review.stillRight"), click -> {
            profiles.confirmReviewed(SignedInUser.current());
            card.setVisible(false);
            Feedback.saved(this, "portal.review.thanks");
        });
        stillRight.setId("profile-still-right");
        stillRight.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var edit = new Button(getTranslation("portal.review.edit"), click -> UI.getCurrent().navigate(ProfileWizardView.class));
        // A profile never checked has no date to name.
        var prompt = me.lastProfileReviewOn() == null ? getTranslation("portal.review.prompt.never")
                : getTranslation("portal.review.prompt", Dates.date(me.lastProfileReviewOn(), getLocale()));
        card.add(new Paragraph(prompt), new HorizontalLayout(stillRight, edit));
        return card;
    }

    /** What the program is, where the newcomer stands and what happens next, and what each tier asks and gives. */
    private Div programWelcome(ProgramWelcome program) {
        var card = new Div();
        card.addClassName("portal-card");
        card.setId("program-welcome");
        var status = new Paragraph(switch (program.standing()) {
            case UNDER_REVIEW -> program.startingTierName() == null
                    ? getTranslation("portal.program.underReview")
                    : getTranslation("portal.program.underReview.tier", program.startingTierName());
            case AWAITING_TIER -> getTranslation("portal.program.awaitingTier");
        });
        status.setId("program-standing");
        card.add(new H3(getTranslation("portal.program.title")), new Paragraph(getTranslation("portal.program.what")),
                status, new H4(getTranslation("portal.program.tiers")));
        var tiers = new UnorderedList();
        tiers.setId("program-tiers");
        for (var tier : program.tiers()) {
            var activities = tier.allowedActivityTypes().stream().sorted()
                    .map(type -> Labels.of(this, type)).collect(Collectors.joining(", "));
            var benefits = tier.benefits().stream().map(benefit -> Labels.of(this, benefit.kind())).distinct()
                    .collect(Collectors.joining(", "));
            tiers.add(new ListItem(new Span(tier.name() + ": "),
                    new Span(getTranslation("rewards.tier.expected", tier.expectedActivitiesPerYear()) + " "),
                    new Span(activities.isEmpty() ? getTranslation("portal.program.tier.noActivities")
                            : getTranslation("portal.program.tier.activities", activities)),
                    new Span(" " + (benefits.isEmpty() ? getTranslation("portal.program.tier.noBenefits")
                            : getTranslation("portal.program.tier.benefits", benefits)))));
        }
        card.add(tiers);
        return card;
    }

    private Div openAsks(long open) {
        var text = new Paragraph(open == 0 ? getTranslation("portal.asks.none")
                : getTranslation("portal.asks.open", open));
        text.setId("portal-open-asks");
        var card = new Div(text);
        card.addClassName("portal-card");
        if (open > 0) {
            var answer = new Button(getTranslation("portal.asks.answer"), click -> UI.getCurrent().navigate(MyAsksView.class));
            answer.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            answer.setId("answer-asks");
            card.add(answer);
        }
        return card;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("portal.placeholder.title") + " | " + getTranslation("app.name");
    }
}
