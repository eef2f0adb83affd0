package org.peerproof.admin;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Locale;
import org.peerproof.admin.checkin.CheckInsView;
import org.peerproof.admin.nomination.NominationsView;
import org.peerproof.admin.notification.OutboxView;
import org.peerproof.admin.recommitment.RecommitmentBoardView;
import org.peerproof.admin.request.RequestDetailView;
import org.peerproof.admin.request.RequestQueueView;
import org.peerproof.domain.access.Roles;
import org.peerproof.domain.access.SignedInUser;
import org.peerproof.domain.account.CustomerAccountRepository;
import org.peerproof.domain.advocate.AdvocateRepository;
import org.peerproof.domain.notification.LinkedPages;
import org.peerproof.domain.worklist.StaffWorklist;
import org.peerproof.domain.worklist.WorkItem;
import org.peerproof.domain.worklist.WorkKind;
import org.peerproof.domain.worklist.WorkRow;
import org.peerproof.i18n.Dates;
import org.peerproof.i18n.Labels;
import org.peerproof.ui.BrowserTimeZone;

/**
 * The staff console's home (every staff role): the day's work of the signed-in person as {@link StaffWorklist}
 * assembles it for their role, each kind with its count and most urgent rows, each linking to the page where the
 * work is done.
 */
@Route("admin")
@RolesAllowed({Roles.SALES, Roles.CSM, Roles.PROGRAM_MANAGER, Roles.ADMIN})
public class AdminHomeView extends VerticalLayout implements HasDynamicTitle {

    public AdminHomeView(StaffWorklist worklist, AdvocateRepository advocates, CustomerAccountRepository accounts) {
        var stats = new Paragraph(getTranslation("admin.placeholder.stats", advocates.count(), accounts.count()));
        stats.setId("admin-stats");
        var zone = BrowserTimeZone.orUtc(UI.getCurrent());
        var cards = new FlexLayout();
        cards.setId("admin-worklist");
        cards.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        cards.getStyle().set("gap", "var(--lumo-space-m)");
        cards.setWidthFull();
        worklist.today(SignedInUser.current()).forEach(item -> cards.add(card(item, zone)));
        add(new H2(getTranslation("admin.home.title")), new Paragraph(getTranslation("admin.home.intro")), stats,
                cards);
    }

    private Component card(WorkItem item, ZoneId zone) {
        var key = "admin.home.work." + item.kind().name();
        var count = new Span(String.valueOf(item.count()));
        count.getElement().getThemeList().add(item.count() == 0 ? "badge contrast" : "badge");
        count.setId(id(item.kind()) + "-count");
        var title = new H3(getTranslation(key + ".title"));
        title.add(new Span(" "), count);
        var card = new Div(title);
        card.setId(id(item.kind()));
        card.getStyle().set("flex", "1 1 20rem").set("min-width", "0")
                .set("padding", "var(--lumo-space-m)").set("border", "1px solid var(--lumo-contrast-10pct)")
                .set("border-radius", "var(--lumo-border-radius-l)");
        if (item.count() == 0) {
            card.add(new Paragraph(getTranslation("admin.home.nothing")));
        } else {
            var rows = new UnorderedList();
            item.first().forEach(row -> rows.add(new ListItem(row(item.kind(), row, zone))));
            card.add(rows);
            if (item.count() > item.first().size()) {
                card.add(new Paragraph(getTranslation("admin.home.more", item.count() - item.first().size())));
            }
        }
        var open = new Anchor(pageOf(item.kind()), getTranslation(key + ".open"));
        open.setId(id(item.kind()) + "-open");
        card.add(open);
        return card;
    }

    /** Who or what, then what further identifies it, then when it falls due; the name opens the record's page. */
    private Component row(WorkKind kind, WorkRow row, ZoneId zone) {
        var key = "admin.home.work." + kind.name();
        var parts = new ArrayList<String>();
        if (!row.detail().isBlank()) {
            parts.add(row.detail());
        }
        if (row.type() != null) {
            parts.add(Labels.of(this, row.type()));
        }
        if (row.day() != null) {
            parts.add(getTranslation(key + ".when", Dates.date(row.day(), getLocale())));
        } else if (row.at() != null) {
            parts.add(getTranslation(key + ".when", Dates.dateTime(row.at(), zone, getLocale())));
        } else {
            parts.add(getTranslation(key + ".never"));
        }
        var link = new Anchor(linkOf(kind, row), row.subject());
        var line = new Span(link, new Span(" · " + String.join(" · ", parts)));
        line.setId(id(kind) + "-" + row.id());
        return line;
    }

    /** Requests (and an expiring ask's request) open on their detail; the other kinds on their page. */
    private static String linkOf(WorkKind kind, WorkRow row) {
        if (kind == WorkKind.REQUESTS_DUE || kind == WorkKind.ASKS_EXPIRING) {
            return RouteConfiguration.forSessionScope().getUrl(RequestDetailView.class,
                    new RouteParameters(LinkedPages.REQUEST_ID, row.id().toString()));
        }
        return pageOf(kind);
    }

    private static String pageOf(WorkKind kind) {
        return switch (kind) {
            case REQUESTS_DUE, ASKS_EXPIRING -> RequestQueueView.ROUTE;
            case SIGN_UPS_TO_REVIEW -> NominationsView.ROUTE;
            case CHECK_INS_OVERDUE -> CheckInsView.ROUTE;
            case RECOMMITMENTS_DUE -> RecommitmentBoardView.ROUTE;
            case OUTBOX_FAILURES -> OutboxView.ROUTE;
        };
    }

    private static String id(WorkKind kind) {
        return "work-" + kind.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    @Override
    public String getPageTitle() {
        return getTranslation("admin.home.title") + " | " + getTranslation("app.name");
    }
}
