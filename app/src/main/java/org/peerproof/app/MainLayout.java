package org.peerproof.app;

import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.Layout;

/** The frame around every route: app name, navigation drawer (collapses on phones). */
@Layout
public class MainLayout extends AppLayout {

    public MainLayout() {
        var title = new Span(getTranslation("app.name"));
        title.addClassName("app-title");
        addToNavbar(new DrawerToggle(), title);

        var nav = new SideNav();
        nav.addItem(new SideNavItem(getTranslation("nav.home"), ""),
                new SideNavItem(getTranslation("nav.portal"), "portal"),
                new SideNavItem(getTranslation("nav.admin"), "admin"));
        addToDrawer(nav);
        setPrimarySection(Section.NAVBAR);
    }
}
