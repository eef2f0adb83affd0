package org.peerproof.portal;

import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.RouteConfiguration;
import java.util.Arrays;
import java.util.List;
import org.peerproof.domain.notification.LinkedPages;

/**
 * The one place that names the advocate portal's routes. Every route under {@value #HOME} is rendered inside
 * the portal frame ({@code org.peerproof.app.PortalLayout}, an automatic {@code @Layout("/portal")} nested in the
 * main layout), so a portal view needs nothing but its route and access annotation:
 *
 * <pre>{@code
 * @Route(PortalRoutes.ASKS)
 * @RolesAllowed(Roles.ADVOCATE)
 * public class MyAsksView extends VerticalLayout implements HasDynamicTitle { ... }
 * }</pre>
 *
 * <p>Do not set {@code layout = ...} on the route: the automatic layout already wraps it in the portal frame
 * (bottom navigation on phones, side navigation on wide screens). A {@link Section} appears in the navigation as
 * soon as a view is registered for its route; until then it is left out, so no link ever leads to a missing
 * page. A new section needs a constant here, an entry in {@link Section} and a {@code portal.nav.*} label in
 * {@code messages.properties}. The routes that mails link to come from {@link LinkedPages}, so a mail's link and
 * the view's route cannot drift apart.
 */
public final class PortalRoutes {

    public static final String HOME = LinkedPages.PORTAL_HOME;
    public static final String ASKS = LinkedPages.PORTAL_ASKS;
    public static final String PROFILE = LinkedPages.PORTAL_PROFILE;
    public static final String PREFERENCES = LinkedPages.PORTAL_PREFERENCES;
    public static final String AVAILABILITY = "portal/availability";
    public static final String HISTORY = "portal/history";
    public static final String REWARDS = LinkedPages.PORTAL_REWARDS;
    public static final String DATA = "portal/data";
    public static final String NOTIFICATIONS = LinkedPages.PORTAL_NOTIFICATIONS;

    private PortalRoutes() {
    }

    /**
     * The portal's sections in navigation order. {@code primary} sections sit in the phone's bottom bar; the
     * others are one tap further, behind "More".
     */
    public enum Section {
        HOME(PortalRoutes.HOME, "portal.nav.home", VaadinIcon.HOME, true),
        ASKS(PortalRoutes.ASKS, "portal.nav.asks", VaadinIcon.INBOX, true),
        AVAILABILITY(PortalRoutes.AVAILABILITY, "portal.nav.availability", VaadinIcon.CALENDAR_CLOCK, true),
        REWARDS(PortalRoutes.REWARDS, "portal.nav.rewards", VaadinIcon.GIFT, true),
        PROFILE(PortalRoutes.PROFILE, "portal.nav.profile", VaadinIcon.USER_CARD, false),
        PREFERENCES(PortalRoutes.PREFERENCES, "portal.nav.preferences", VaadinIcon.SLIDERS, false),
        HISTORY(PortalRoutes.HISTORY, "portal.nav.history", VaadinIcon.TIME_BACKWARD, false),
        DATA(PortalRoutes.DATA, "portal.nav.data", VaadinIcon.FILE_TEXT_O, false),
        NOTIFICATIONS(PortalRoutes.NOTIFICATIONS, "portal.nav.notifications", VaadinIcon.BELL, false);

        private final String path;
        private final String labelKey;
        private final VaadinIcon icon;
        private final boolean primary;

        Section(String path, String labelKey, VaadinIcon icon, boolean primary) {
            this.path = path;
            this.labelKey = labelKey;
            this.icon = icon;
            this.primary = primary;
        }

        public String path() {
            return path;
        }

        /** The {@code messages.properties} key of the navigation label. */
        public String labelKey() {
            return labelKey;
        }

        public VaadinIcon icon() {
            return icon;
        }

        public boolean primary() {
            return primary;
        }

        /** The sections that have a view right now, in navigation order (call while a Vaadin service is current). */
        public static List<Section> available() {
            // isPathAvailable looks only at the routes of the scope asked, so ask both.
            var application = RouteConfiguration.forApplicationScope();
            var session = RouteConfiguration.forSessionScope();
            return Arrays.stream(values())
                    .filter(section -> application.isPathAvailable(section.path) || session.isPathAvailable(section.path))
                    .toList();
        }
    }
}
