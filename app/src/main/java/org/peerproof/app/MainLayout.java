package org.peerproof.app;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
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
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;

/**
 * The frame around every route: app name, navigation drawer (collapses on phones) showing only what the
 * user may open, the language switch, sign-in or the signed-in user with sign-out (which ends the Keycloak session too), demo notice.
 * Portal routes get the {@link PortalLayout} inside this one. Narrow screens are handled in styles.css: the
 * demo notice moves to a second row and the user's email is hidden to keep the app bar within 360 px.
 *
 * <p>For keyboard and screen reader users every page has the same structure: a "Skip to content" link as the
 * first stop of the Tab key, the page's content in one {@code main} landmark it leads to, and one level-1 heading,
 * the page's own first heading (views head their page with an {@code H2} beneath the app bar).
 */
@Layout
@AnonymousAllowed
public class MainLayout extends AppLayout implements AfterNavigationObserver {

    static final String SIGN_IN_PATH = "oauth2/authorization/keycloak";
    static final String MAIN_CONTENT_ID = "main-content";

    private final Main main = new Main();

    public MainLayout(AuthenticationContext authentication, AdvocateProfiles profiles,
                      @Value("${peerproof.demo-data.enabled:false}") boolean demoData) {
        var logo = new Image("icons/icon.png", "");
        logo.addClassName("app-logo");
        var title = new Span(logo, new Span(getTranslation("app.name")));
        title.addClassName("app-title");
        var menu = new DrawerToggle();
        menu.setAriaLabel(getTranslation("nav.menu"));
        // The app bar is the page's banner landmark; display: contents keeps its parts laid out by the navbar.
        var bar = new Header(skipLink(), menu, title);
        bar.addClassName("app-bar");
        if (demoData) {
            var notice = new Span(getTranslation("app.demoData.banner"));
            notice.setId("demo-data-notice");
            notice.addClassName("demo-data-notice");
            bar.add(notice);
        }
        bar.add(new LanguageSwitch(profiles), userArea(authentication));
        addToNavbar(bar);

        var nav = new SideNav();
        // Advocates' home is the portal's, first in the portal group.
        if (!authentication.hasRole(Roles.ADVOCATE)) {
            nav.addItem(new SideNavItem(getTranslation("nav.home"), ""));
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
        if (!nav.getItems().isEmpty()) {
            addToDrawer(nav);
        }
        if (authentication.hasRole(Roles.ADVOCATE)) {
            addToDrawer(portalNavigation());
        }
        programNavigation(authentication).ifPresent(this::addToDrawer);
        setPrimarySection(Section.NAVBAR);

        main.setId(MAIN_CONTENT_ID);
        main.addClassName("main-content");
        // Focusable: the skip link moves the keyboard there, and pages without a control of their own (a list of
        // asks, rewards) can still be scrolled with the keyboard.
        main.getElement().setAttribute("tabindex", "0");
        setContent(main);
    }

    /** Hidden until focused; moves the keyboard focus past the app bar and navigation to the page's content. */
    private Anchor skipLink() {
        var skip = new Anchor("#" + MAIN_CONTENT_ID, getTranslation("nav.skipToContent"));
        skip.setId("skip-to-content");
        skip.addClassName("skip-link");
        skip.setRouterIgnore(true);
        skip.getElement().executeJs("this.addEventListener('click', event => {"
                + " event.preventDefault(); document.getElementById($0).focus(); })", MAIN_CONTENT_ID);
        return skip;
    }

    /** Every route's view goes into the one {@code main} landmark. */
    @Override
    public void showRouterLayoutContent(HasElement view) {
        main.getElement().removeAllChildren();
        if (view != null) {
            main.getElement().appendChild(view.getElement());
        }
        if (isOverlay()) {
            setDrawerOpened(false);
        }
    }

    @Override
    public void removeRouterLayoutContent(HasElement oldContent) {
        main.getElement().removeAllChildren();
    }

    /** The page's first heading is its level-1 heading, unless the view has an {@code H1} of its own. */
    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        if (firstHeading(main, H1.class).isEmpty()) {
            firstHeading(main, H2.class).ifPresent(heading -> heading.getElement().setAttribute("aria-level", "1"));
        }
    }

    private static <T extends Component> Optional<T> firstHeading(Component root, Class<T> type) {
        if (type.isInstance(root)) {
            return Optional.of(type.cast(root));
        }
        return root.getChildren().map(child -> firstHeading(child, type)).flatMap(Optional::stream).findFirst();
    }

    /**
     * Program care: program staff see all of it, customer success their check-ins. A group is a labelled side
     * navigation of its own rather than an expandable item: the item's expand toggle points assistive technology
     * at an element that does not exist (aria-controls), the label of a non-collapsible group has no toggle.
     */
    private Optional<SideNav> programNavigation(AuthenticationContext authentication) {
        boolean programStaff = authentication.hasAnyRole(Roles.PROGRAM_MANAGER, Roles.ADMIN);
        if (!programStaff && !authentication.hasRole(Roles.CSM)) {
            return Optional.empty();
        }
        var program = new SideNav(getTranslation("program.nav.program"));
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
        return Optional.of(program);
    }

    private SideNavItem navItem(String labelKey, String path, String id) {
        var item = new SideNavItem(getTranslation(labelKey), path);
        item.setId(id);
        return item;
    }

    /** The portal's group: each of its sections that has a view yet (see {@link PortalRoutes}), its home first. */
    private SideNav portalNavigation() {
        var portal = new SideNav(getTranslation("nav.portal"));
        portal.setId("nav-portal");
        PortalRoutes.Section.available().forEach(section -> {
            var item = new SideNavItem(getTranslation(section.labelKey()), section.path(),
                    NavigationIcons.create(section.icon()));
            item.setId("nav-portal-" + section.name().toLowerCase());
            portal.addItem(item);
        });
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
