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

/** Everything the advocate has done for the program, per quarter, and how the commitment year is going. */
@Route(PortalRoutes.HISTORY)
@RolesAllowed(Roles.ADVOCATE)
public class MyHistoryView extends VerticalLayout implements HasDynamicTitle {

    public MyHistoryView(AdvocateActivities activities) {
        addClassName("portal-page");
        var history = activities.history(SignedInUser.current());
        add(new H2(getTranslation("history.title")), progress(history.commitment()));
        if (history.quarters().isEmpty()) {
            add(new Paragraph(getTranslation("history.none")));
        }
        for (var quarter : history.quarters()) {
            var list = new UnorderedList();
            quarter.activities().forEach(entry -> list.add(new ListItem(entry.prospectIndustry() == null
                    ? getTranslation("history.entry", Dates.date(entry.occurredOn(), getLocale()), Labels.of(this, entry.type()))
                    : getTranslation("history.entry.forProspect", Dates.date(entry.occurredOn(), getLocale()),
                            Labels.of(this, entry.type()), Labels.of(this, entry.prospectIndustry())))));
            var section = new Div(new H3(quarterLabel(quarter.quarter())), list);
            section.addClassName("history-quarter");
            add(section);
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
