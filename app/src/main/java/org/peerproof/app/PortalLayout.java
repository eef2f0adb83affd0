package org.peerproof.app;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.router.RouterLayout;
import jakarta.annotation.security.RolesAllowed;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.peerproof.domain.access.Roles;
import org.peerproof.domain.access.SignedInUser;
import org.peerproof.domain.advocate.AdvocateProfiles;
import org.peerproof.portal.PortalRoutes;
import org.peerproof.portal.PortalRoutes.Section;
import org.peerproof.ui.BrowserTimeZone;

/**
 * The advocate portal's frame, mobile first. Every route whose path starts with {@code portal} is shown inside it
 * automatically ({@code @Layout("/portal")}), and it sits inside {@link MainLayout} (app bar, sign-out, drawer).
 *
 * <p>On phones (the width at which the app layout's drawer becomes an overlay) a bottom bar offers the
 * {@linkplain Section#primary() primary} sections with icon and label; "More" opens the drawer, which lists every
 * section. On wide screens the bottom bar is hidden and the drawer's side navigation lists the sections.
 *
 * <p><b>Adding a portal view:</b> annotate it with {@code @Route(PortalRoutes.X)} and
 * {@code @RolesAllowed(Roles.ADVOCATE)}, nothing else; see {@link PortalRoutes}. Its navigation item appears once
 * the route exists.
 */
@Layout("/" + PortalRoutes.HOME)
@ParentLayout(MainLayout.class)
@RolesAllowed(Roles.ADVOCATE)
public class PortalLayout extends Div implements RouterLayout, AfterNavigationObserver {

    private final Div content = new Div();
    private final Map<Section, Anchor> items = new EnumMap<>(Section.class);

    public PortalLayout(AdvocateProfiles profiles) {
        addClassName("portal-layout");
        content.addClassName("portal-content");
        add(content);

        var sections = Section.available();
        // One destination is no navigation: the bar appears once a second section exists.
        if (sections.size() > 1) {
            var bar = new Nav();
            bar.setId("portal-bottom-nav");
            bar.addClassName("portal-bottom-nav");
            bar.getElement().setAttribute("aria-label", getTranslation("portal.nav.label"));
            sections.stream().filter(Section::primary).forEach(section -> bar.add(item(section)));
            if (sections.stream().anyMatch(section -> !section.primary())) {
                bar.add(moreButton());
            }
            add(bar);
            addClassName("portal-layout--with-bottom-nav");
        }
        // A new advocate's zone is a placeholder until they choose one: their browser's zone is the better guess.
        addAttachListener(attach -> BrowserTimeZone.whenKnown(attach.getUI(),
                zone -> profiles.useBrowserTimeZoneUnlessChosen(SignedInUser.current(), zone)));
    }

    private Anchor item(Section section) {
        var link = new Anchor(section.path());
        link.setId("portal-nav-" + section.name().toLowerCase());
        link.addClassName("portal-nav-item");
        showIconAndLabel(link, section.icon(), shortLabel(section.name()));
        items.put(section, link);
        return link;
    }

    private NativeButton moreButton() {
        var more = new NativeButton();
        more.setId("portal-nav-more");
        more.addClassName("portal-nav-item");
        showIconAndLabel(more, VaadinIcon.ELLIPSIS_DOTS_H, shortLabel("more"));
        more.getElement().setAttribute("aria-haspopup", "true");
        more.addClickListener(click -> {
            var frame = findAncestor(AppLayout.class);
            if (frame != null) {
                frame.setDrawerOpened(true);
            }
        });
        return more;
    }

    /** The bottom bar's own, shorter wording: a fifth of a phone's width holds about ten characters. */
    private String shortLabel(String item) {
        return getTranslation("portal.nav.short." + item.toLowerCase(Locale.ROOT));
    }

    /**
     * An item's icon and label, as the markup their components make: the server never changes them, and as
     * components they were three state nodes per item that every portal UI kept, about 6 KB a session for the bar
     * (issue 15). The icon's picture is in its {@code src} attribute ({@link NavigationIcons}).
     */
    private static void showIconAndLabel(HasElement item, VaadinIcon icon, String text) {
        item.getElement().setProperty("innerHTML",
                icon(icon).getElement().getOuterHTML() + label(text).getElement().getOuterHTML());
    }

    private static Component icon(VaadinIcon icon) {
        var created = NavigationIcons.create(icon);
        created.addClassName("portal-nav-icon");
        created.getElement().setAttribute("aria-hidden", "true");
        return created;
    }

    private static Span label(String text) {
        var label = new Span(text);
        label.addClassName("portal-nav-label");
        return label;
    }

    @Override
    public void showRouterLayoutContent(HasElement view) {
        content.getElement().removeAllChildren();
        if (view != null) {
            content.getElement().appendChild(Objects.requireNonNull(view.getElement()));
        }
    }

    @Override
    public void removeRouterLayoutContent(HasElement oldContent) {
        content.getElement().removeAllChildren();
    }

    /** Marks the current section, for assistive technology and for the highlight in CSS. */
    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        var path = event.getLocation().getPath();
        items.forEach((section, link) -> {
            var current = section.path().equals(path)
                    || section != Section.HOME && path.startsWith(section.path() + "/");
            if (current) {
                link.getElement().setAttribute("aria-current", "page");
            } else {
                link.getElement().removeAttribute("aria-current");
            }
        });
    }
}
