package org.peerproof.admin.request;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import org.peerproof.domain.access.Roles;
import org.peerproof.domain.access.SignedInUser;
import org.peerproof.domain.request.RequestExport;
import org.peerproof.domain.request.StaffRequestView;
import org.peerproof.domain.request.VisibleRequests;
import org.peerproof.i18n.Dates;
import org.peerproof.i18n.Labels;

/**
 * Reference requests: the program manager's queue (all, soonest needed first) or a sales rep's own requests.
 * Roles: sales, program-manager, admin. Everyone files new requests and opens one from here; program managers and
 * admins also find advocates for it.
 */
@Route(RequestQueueView.ROUTE)
@RolesAllowed({Roles.SALES, Roles.PROGRAM_MANAGER, Roles.ADMIN})
public class RequestQueueView extends VerticalLayout implements HasDynamicTitle {

    public static final String ROUTE = "admin/requests";

    public RequestQueueView(VisibleRequests requests, RequestExport export, AuthenticationContext authentication) {
        setSizeFull();
        var user = SignedInUser.current();
        var grid = new Grid<StaffRequestView>();
        grid.setId("request-queue");
        grid.addColumn(StaffRequestView::opportunityId).setHeader(getTranslation("requests.column.opportunity"));
        grid.addColumn(StaffRequestView::prospectCompany).setHeader(getTranslation("requests.column.prospect"));
        grid.addColumn(row -> Labels.of(this, row.prospectIndustry())).setHeader(getTranslation("requests.column.industry"));
        grid.addColumn(row -> Labels.of(this, row.region())).setHeader(getTranslation("requests.column.region"));
        grid.addColumn(row -> Labels.of(this, row.activityType())).setHeader(getTranslation("requests.column.activity"));
        grid.addColumn(row -> Dates.date(row.neededBy(), getLocale())).setHeader(getTranslation("requests.column.neededBy"));
        grid.addColumn(row -> Labels.of(this, row.status())).setHeader(getTranslation("requests.column.status"));
        grid.addComponentColumn(row -> {
            var open = new Button(getTranslation("requests.open"), click -> getUI().ifPresent(ui ->
                    ui.navigate(RequestDetailView.class, new RouteParameters(RequestDetailView.REQUEST_ID, row.id().toString()))));
            open.addThemeVariants(ButtonVariant.LUMO_SMALL);
            open.setId("open-" + row.opportunityId() + "-" + row.id());
            return open;
        });
        if (authentication.hasAnyRole(Roles.PROGRAM_MANAGER, Roles.ADMIN)) {
            grid.addComponentColumn(row -> {
                var match = new Button(getTranslation("requests.findAdvocates"), click -> getUI().ifPresent(ui ->
                        ui.navigate(MatchRequestView.class, new RouteParameters(MatchRequestView.REQUEST_ID, row.id().toString()))));
                match.addThemeVariants(ButtonVariant.LUMO_SMALL);
                match.setId("match-" + row.opportunityId());
                return match;
            });
        }
        // The list is what this person may see (sales: their own); small enough per person to show at once.
        grid.setItems(requests.list(user));
        grid.setSizeFull();
        var fileNew = new Button(getTranslation("requests.new"), click -> getUI().ifPresent(ui -> ui.navigate(NewRequestView.class)));
        fileNew.setId("new-request");
        fileNew.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var download = new Anchor(event -> {
            event.setFileName("reference-requests.csv");
            event.setContentType("text/csv;charset=UTF-8");
            export.write(user, event.getOutputStream());
        }, AttachmentType.DOWNLOAD, getTranslation("export.requests"));
        download.setId("requests-export");
        var header = new HorizontalLayout(new H2(getTranslation("requests.title")), fileNew, download);
        header.setAlignItems(Alignment.BASELINE);
        add(header, grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("requests.title") + " | " + getTranslation("app.name");
    }
}
