package org.peerproof.app;

import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.Layout;
import org.springframework.beans.factory.annotation.Value;

/** The frame around every route: app name, navigation drawer (collapses on phones), demo-data notice. */
@Layout
public class MainLayout extends AppLayout {

    public MainLayout(@Value("${peerproof.demo-data.enabled:false}") boolean demoData) {
        var title = new Span(getTranslation("app.name"));
        title.addClassName("app-title");
        addToNavbar(new DrawerToggle(), title);
        if (demoData) {
            var notice = new Span(getTranslation("app.demoData.banner"));
            notice.setId("demo-data-notice");
            notice.addClassName("demo-data-notice");
            addToNavbar(notice);
        }

        var nav = new SideNav();
        nav.addItem(new SideNavItem(getTranslation("nav.home"), ""),
                new SideNavItem(getTranslation("nav.portal"), "portal"),
                new SideNavItem(getTranslation("nav.admin"), "admin"));
        addToDrawer(nav);
        setPrimarySection(Section.NAVBAR);
    }
}
