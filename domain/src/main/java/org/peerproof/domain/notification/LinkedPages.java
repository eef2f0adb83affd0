package org.peerproof.domain.notification;

import java.util.Map;
import java.util.Set;
import org.peerproof.domain.access.Roles;

/**
 * The pages a mail may link to, named once: the views take their routes from these constants (the portal's
 * {@code PortalRoutes}, the confirm page, the request pages of the admin console), and {@link MailNotifications}
 * builds its links from them. {@link #LINKED_FOR} says whose mails link to each page; a test checks it against
 * each view's access annotation, so no mail sends its reader to a page that answers "Not available to you".
 */
public final class LinkedPages {

    public static final String PORTAL_HOME = "portal";
    public static final String PORTAL_ASKS = "portal/asks";
    public static final String PORTAL_PROFILE = "portal/profile";
    public static final String PORTAL_PREFERENCES = "portal/preferences";
    public static final String PORTAL_REWARDS = "portal/rewards";
    public static final String PORTAL_NOTIFICATIONS = "portal/notifications";
    /** The confirm page of a signed link; the token follows. */
    public static final String ACTION = ActionLinks.ROUTE + "/:token";
    public static final String REQUEST_ID = "requestId";
    /** A request as the salesperson follows it; program managers and admins may open it too. */
    public static final String REQUEST_DETAIL = "admin/requests/:" + REQUEST_ID;
    /** Where program managers match a request with advocates; not for sales. */
    public static final String REQUEST_MATCH = REQUEST_DETAIL + "/match";

    /** For each page mails link to, the roles of the recipients whose mails link there. */
    public static final Map<String, Set<String>> LINKED_FOR = Map.of(
            PORTAL_HOME, Set.of(Roles.ADVOCATE),
            PORTAL_ASKS, Set.of(Roles.ADVOCATE),
            PORTAL_PROFILE, Set.of(Roles.ADVOCATE),
            PORTAL_PREFERENCES, Set.of(Roles.ADVOCATE),
            PORTAL_REWARDS, Set.of(Roles.ADVOCATE),
            PORTAL_NOTIFICATIONS, Set.of(Roles.ADVOCATE),
            ACTION, Set.of(Roles.ADVOCATE),
            REQUEST_DETAIL, Set.of(Roles.SALES),
            REQUEST_MATCH, Set.of(Roles.PROGRAM_MANAGER));

    private LinkedPages() {
    }

    /**
     * The page of a request for a staff member with this role: program managers work it on the match page, sales
     * (who may not match) follow it on its detail page.
     */
    static String requestPage(String role, long requestId) {
        var route = Roles.PROGRAM_MANAGER.equals(role) || Roles.ADMIN.equals(role) ? REQUEST_MATCH : REQUEST_DETAIL;
        return route.replace(":" + REQUEST_ID, Long.toString(requestId));
    }
}
