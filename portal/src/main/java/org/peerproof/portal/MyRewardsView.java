package org.peerproof.portal;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneId;
import org.peerproof.domain.access.Roles;
import org.peerproof.domain.access.SignedInUser;
import org.peerproof.domain.advocate.AdvocateProfiles;
import org.peerproof.domain.reward.AdvocateRewards;
import org.peerproof.domain.reward.AdvocateRewardsView;
import org.peerproof.domain.tier.TierAdministration;
import org.peerproof.i18n.Dates;
import org.peerproof.i18n.Labels;
import org.peerproof.ui.MorePages;

/** What the program gives back: the advocate's benefits, their tier, and what the next tier brings. */
@Route(PortalRoutes.REWARDS)
@RolesAllowed(Roles.ADVOCATE)
public class MyRewardsView extends VerticalLayout implements HasDynamicTitle {

    /** Grants per page: they add up over the years (issue 15). */
    static final int PAGE_SIZE = 50;

    private final UnorderedList grants = new UnorderedList();
    private final ZoneId zone;
    private final transient TierAdministration tiers;
    private boolean firstShown;

    public MyRewardsView(AdvocateRewards rewards, AdvocateProfiles profiles, TierAdministration tiers) {
        addClassName("portal-page");
        this.tiers = tiers;
        var user = SignedInUser.current();
        // The day the advocate saw the offer arrive, in their own time zone.
        zone = ZoneId.of(profiles.editable(user).timeZone());
        grants.setId("reward-grants");
        var more = new MorePages<AdvocateRewardsView>("more-grants",
                after -> rewards.page(user, after, PAGE_SIZE), this::show);
        add(new H2(getTranslation("rewards.title")), new H3(getTranslation("rewards.grants")), grants, more);
        more.reload();
    }

    private void show(AdvocateRewardsView page) {
        page.grants().forEach(grant -> {
            var status = new Span(Labels.of(this, grant.status()));
            status.getElement().getThemeList().add("badge");
            grants.add(new ListItem(new Span(getTranslation("rewards.grant", grant.benefitName(),
                    Dates.date(grant.offeredAt().atZone(zone).toLocalDate(), getLocale())) + " "), status));
        });
        if (firstShown) {
            return;
        }
        firstShown = true;
        // The tiers come with every page; the first shows them.
        if (page.tier() != null) {
            var progress = tiers.myProgress(SignedInUser.current());
            var commitment = new Paragraph(getTranslation("program.portal.progress", progress.completed(),
                    progress.expected(), Dates.date(progress.since(), getLocale())));
            commitment.setId("my-commitment-progress");
            var bar = new ProgressBar(0, 100, progress.percent());
            bar.getElement().setAttribute("aria-labelledby", commitment.getId().orElseThrow());
            addComponentAtIndex(1, commitment);
            addComponentAtIndex(2, bar);
        }
        if (page.grants().isEmpty()) {
            addComponentAtIndex(indexOf(grants), new Paragraph(getTranslation("rewards.grants.none")));
        }
        if (page.tier() != null) {
            add(tier("rewards.tier.current", page.tier()));
        } else {
            var none = new Paragraph(getTranslation("rewards.tier.none"));
            none.setId("rewards-no-tier");
            add(none);
        }
        if (page.nextTier() != null) {
            add(tier("rewards.tier.next", page.nextTier()));
        }
    }

    private Div tier(String headingKey, AdvocateRewardsView.TierView tier) {
        var benefits = new UnorderedList();
        tier.benefits().forEach(benefit -> benefits.add(new ListItem(Labels.of(this, benefit.kind()))));
        var card = new Div(new H3(getTranslation(headingKey, tier.name())),
                new Paragraph(getTranslation("rewards.tier.expected", tier.expectedActivitiesPerYear())), benefits);
        card.addClassName("portal-card");
        return card;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("rewards.title") + " | " + getTranslation("app.name");
    }
}
