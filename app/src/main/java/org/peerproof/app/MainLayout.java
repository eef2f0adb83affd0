package org.peerproof.app;

import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.spring.security.AuthenticationContext;
import org.peerproof.admin.advocate.AdvocateDirectoryView;
import org.peerproof.admin.checkin.CheckInsView;
import org.peerproof.admin.metrics.MetricsView;
import org.peerproof.admin.nomination.NominationsView;
import org.peerproof.admin.notification.OutboxView;
import org.peerproof.admin.recommitment.RecommitmentBoardView;
import org.peerproof.admin.request.RequestQueueView;
import org.peerproof.admin.reward.BenefitsView;
import org.peerproof.admin.settings.ProgramSettingsView;
import org.peerproof.admin.spreadsheet.ImportView;
import org.peerproof.admin.target.TargetsView;
import org.peerproof.admin.tier.TiersView;
import org.peerproof.app.i18n.LanguageSwitch;
import org.peerproof.domain.access.Roles;
import org.peerproof.domain.advocate.AdvocateProfiles;
import org.peerproof.portal.PortalRoutes;
import org.springframework.beans.factory.annotation.Value;

/**
 * The frame around every route: app name, navigation drawer (collapses on phones) showing only what the
 * user may open, the language switch, sign-in or the signed-in user with sign-out (which ends the Keycloak session too), demo notice.
 * Portal routes get the {@link PortalLayout} inside this one. Narrow screens are handled in styles.css: the
 * demo notice moves to a second row and the user's email is hidden to keep the app bar within 360 px.
 */
@Layout
@AnonymousAllowed
public class MainLayout extends AppLayout {

    static final String SIGN_IN_PATH = "oauth2/authorization/keycloak";

    public MainLayout(AuthenticationContext authentication, AdvocateProfiles profiles,
                      @Value("${peerproof.demo-data.enabled:false}") boolean demoData) {
        var logo = new Image("icons/icon.png", "");
        logo.addClassName("app-logo");
        var title = new Span(logo, new Span(getTranslation("app.name")));
        title.addClassName("app-title");
        var menu = new DrawerToggle();
        menu.setAriaLabel(getTranslation("nav.menu"));
        addToNavbar(menu, title);
        if (demoData) {
            var notice = new Span(getTranslation("app.demoData.banner"));
            notice.setId("demo-data-notice");
            notice.addClassName("demo-data-notice");
            addToNavbar(notice);
        }
        addToNavbar(new LanguageSwitch(profiles), userArea(authentication));

        var nav = new SideNav();
        nav.addItem(new SideNavItem(getTranslation("nav.home"), ""));
        if (authentication.hasRole(Roles.ADVOCATE)) {
            nav.addItem(portalNavigation());
        }
        if (authentication.hasAnyRole(Roles.SALES, Roles.CSM, Roles.PROGRAM_MANAGER, Roles.ADMIN)) {
            nav.addItem(new SideNavItem(getTranslation("nav.admin"), "admin"));
        }
        if (authentication.hasAnyRole(Roles.SALES, Roles.PROGRAM_MANAGER, Roles.ADMIN)) {
            var requests = new SideNavItem(getTranslation("nav.requests"), RequestQueueView.ROUTE);
            requests.setId("nav-requests");
            nav.addItem(requests);
        }
        if (authentication.hasAnyRole(Roles.CSM, Roles.PROGRAM_MANAGER, Roles.ADMIN)) {
            var directory = new SideNavItem(getTranslation("nav.directory"), AdvocateDirectoryView.ROUTE);
            directory.setId("nav-directory");
            nav.addItem(directory);
        }
        if (authentication.hasAnyRole(Roles.SALES, Roles.CSM, Roles.PROGRAM_MANAGER, Roles.ADMIN)) {
            var nominations = new SideNavItem(getTranslation("nav.nominations"), NominationsView.ROUTE);
            nominations.setId("nav-nominations");
            nav.addItem(nominations);
        }
        if (authentication.hasAnyRole(Roles.PROGRAM_MANAGER, Roles.ADMIN)) {
            var spreadsheetImport = new SideNavItem(getTranslation("nav.import"), ImportView.ROUTE);
            spreadsheetImport.setId("nav-import");
            nav.addItem(spreadsheetImport);
        }
        programNavigation(authentication, nav);
        if (authentication.hasAnyRole(Roles.PROGRAM_MANAGER, Roles.ADMIN)) {
            var metrics = new SideNavItem(getTranslation("nav.metrics"), MetricsView.ROUTE);
            metrics.setId("nav-metrics");
            nav.addItem(metrics);
        }
        if (authentication.hasAnyRole(Roles.PROGRAM_MANAGER, Roles.ADMIN)) {
            var outbox = new SideNavItem(getTranslation("nav.outbox"), OutboxView.ROUTE);
            outbox.setId("nav-outbox");
            nav.addItem(outbox);
        }
        addToDrawer(nav);
        setPrimarySection(Section.NAVBAR);
    }

    /** Program care (issue 7): program staff see all of it, customer success their check-ins. */
    private void programNavigation(AuthenticationContext authentication, SideNav nav) {
        boolean programStaff = authentication.hasAnyRole(Roles.PROGRAM_MANAGER, Roles.ADMIN);
        if (!programStaff && !authentication.hasRole(Roles.CSM)) {
            return;
        }
        var program = new SideNavItem(getTranslation("program.nav.program"));
        program.setId("nav-program");
        if (programStaff) {
            program.addItem(navItem("program.nav.tiers", TiersView.ROUTE, "nav-tiers"));
            program.addItem(navItem("program.nav.benefits", BenefitsView.ROUTE, "nav-benefits"));
            program.addItem(navItem("program.nav.recommitment", RecommitmentBoardView.ROUTE, "nav-recommitment"));
        }
        program.addItem(navItem("program.nav.checkins", CheckInsView.ROUTE, "nav-check-ins"));
        if (programStaff) {
            program.addItem(navItem("program.nav.targets", TargetsView.ROUTE, "nav-targets"));
            program.addItem(navItem("program.nav.settings", ProgramSettingsView.ROUTE, "nav-settings"));
        }
        program.setExpanded(true);
        nav.addItem(program);
    }

    private SideNavItem navItem(String labelKey, String path, String id) {
        var item = new SideNavItem(getTranslation(labelKey), path);
        item.setId(id);
        return item;
    }

    /** The portal and, beneath it, each of its sections that has a view yet (see {@link PortalRoutes}). */
    private SideNavItem portalNavigation() {
        var portal = new SideNavItem(getTranslation("nav.portal"), PortalRoutes.HOME);
        portal.setId("nav-portal");
        PortalRoutes.Section.available().stream()
                .filter(section -> section != PortalRoutes.Section.HOME).forEach(section -> {
            var item = new SideNavItem(getTranslation(section.labelKey()), section.path(), section.icon().create());
            item.setId("nav-portal-" + section.name().toLowerCase());
            portal.addItem(item);
        });
        portal.setExpanded(true);
        return portal;
    }

    private HorizontalLayout userArea(AuthenticationContext authentication) {
        var area = new HorizontalLayout();
        area.addClassName("user-area");
        area.setAlignItems(HorizontalLayout.Alignment.CENTER);
        if (authentication.isAuthenticated()) {
            var user = new Span(authentication.getPrincipalName().orElse(""));
            user.setId("signed-in-user");
            var signOut = new Button(getTranslation("auth.signOut"), click -> authentication.logout());
            signOut.setId("sign-out");
            area.add(user, signOut);
        } else {
            var signIn = new Anchor(SIGN_IN_PATH, getTranslation("auth.signIn"));
            signIn.setRouterIgnore(true);
            signIn.setId("sign-in");
            area.add(signIn);
        }
        return area;
    }
}
