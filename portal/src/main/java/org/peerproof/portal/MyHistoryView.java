package org.peerproof.portal;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.peerproof.domain.access.Roles;
import org.peerproof.domain.access.SignedInUser;
import org.peerproof.domain.activity.ActivityHistory;
import org.peerproof.domain.activity.AdvocateActivities;
import org.peerproof.domain.calendar.Quarter;
import org.peerproof.i18n.Dates;
import org.peerproof.i18n.Labels;
import org.peerproof.ui.MorePages;

/** Everything the advocate has done for the program, per quarter, and how the commitment year is going. */
@Route(PortalRoutes.HISTORY)
@RolesAllowed(Roles.ADVOCATE)
public class MyHistoryView extends VerticalLayout implements HasDynamicTitle {

    /** Activities per page: the history grows with every quarter (issue 15). */
    static final int PAGE_SIZE = 50;

    private final VerticalLayout quarters = new VerticalLayout();
    private boolean commitmentShown;
    /** The last quarter shown and its list, which the next page may continue. */
    private String lastQuarter;
    private UnorderedList lastList;

    public MyHistoryView(AdvocateActivities activities) {
        addClassName("portal-page");
        quarters.setPadding(false);
        var more = new MorePages<ActivityHistory>("more-history",
                after -> activities.page(SignedInUser.current(), after, PAGE_SIZE), this::show);
        add(new H2(getTranslation("history.title")), quarters, more);
        more.reload();
    }

    private void show(ActivityHistory page) {
        if (!commitmentShown) {
            // Every page carries it; the first shows it under the title.
            addComponentAtIndex(1, progress(page.commitment()));
            commitmentShown = true;
            if (page.quarters().isEmpty()) {
                quarters.add(new Paragraph(getTranslation("history.none")));
            }
        }
        for (var quarter : page.quarters()) {
            if (!quarter.quarter().equals(lastQuarter)) {
                lastQuarter = quarter.quarter();
                lastList = new UnorderedList();
                var section = new Div(new H3(quarterLabel(quarter.quarter())), lastList);
                section.addClassName("history-quarter");
                quarters.add(section);
            }
            quarter.activities().forEach(entry -> lastList.add(new ListItem(entry.prospectIndustry() == null
                    ? getTranslation("history.entry", Dates.date(entry.occurredOn(), getLocale()), Labels.of(this, entry.type()))
                    : getTranslation("history.entry.forProspect", Dates.date(entry.occurredOn(), getLocale()),
                            Labels.of(this, entry.type()), Labels.of(this, entry.prospectIndustry())))));
        }
    }

    private String quarterLabel(String quarter) {
        var parsed = Quarter.parse(quarter);
        // The year as text: a number argument would be grouped ("2,026").
        return getTranslation("history.quarter", String.valueOf(parsed.year()), parsed.quarter());
    }

    /** No commitment year without a tier and a start (e.g. a self sign-up under review): a normal state. */
    private Div progress(ActivityHistory.CommitmentProgress commitment) {
        if (commitment == null) {
            var text = new Paragraph(getTranslation("history.commitment.notStarted"));
            text.setId("history-commitment");
            var card = new Div(text);
            card.addClassName("portal-card");
            return card;
        }
        var text = new Paragraph(commitment.expected() == 0
                ? getTranslation("history.commitment.none", commitment.done())
                : getTranslation("history.commitment", commitment.done(), commitment.expected(),
                        Dates.date(commitment.yearStartedOn(), getLocale())));
        text.setId("history-commitment");
        var card = new Div(text);
        card.addClassName("portal-card");
        if (commitment.expected() > 0) {
            var bar = new ProgressBar(0, commitment.expected(), Math.min(commitment.done(), commitment.expected()));
            // Its accessible name is the sentence above it.
            bar.getElement().setAttribute("aria-labelledby", text.getId().orElseThrow());
            card.add(bar);
        }
        return card;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("history.title") + " | " + getTranslation("app.name");
    }
}
