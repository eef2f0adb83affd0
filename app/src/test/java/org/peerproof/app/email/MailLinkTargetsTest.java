package org.peerproof.app.email;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.annotation.security.RolesAllowed;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.peerproof.app.security.PublicPages;
import org.peerproof.domain.access.Roles;
import org.peerproof.domain.notification.LinkedPages;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.stereotype.Controller;
import org.springframework.util.AntPathMatcher;
import org.springframework.util.ClassUtils;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * Issue 13: every page a mail links to opens for the recipients whose mails link there. The roles a page admits
 * come from its view's own access annotation (found by its {@code @Route}), not from a copy in this test; a
 * server-rendered page (a {@code @Controller} with a {@code @RequestMapping}) admits every role when the security
 * configuration lists it among the public pages.
 */
class MailLinkTargetsTest {

    @Test
    void everyPageAMailLinksToAdmitsEveryRoleItsMailsGoTo() throws Exception {
        var views = views();
        assertThat(views.keySet()).as("a view for every linked page").containsAll(LinkedPages.LINKED_FOR.keySet());
        LinkedPages.LINKED_FOR.forEach((route, recipients) -> {
            var view = views.get(route);
            assertThat(admitted(view)).as(route + " (" + view.getSimpleName() + ") for " + recipients)
                    .containsAll(recipients);
        });
    }

    @Test
    void salesMayNotMatchSoTheirMailsLinkToTheRequestPageInstead() throws Exception {
        var views = views();
        assertThat(admitted(views.get(LinkedPages.REQUEST_MATCH))).doesNotContain("sales");
        assertThat(admitted(views.get(LinkedPages.REQUEST_DETAIL))).contains("sales");
    }

    /** The roles a view admits; an anonymous page admits every role. */
    private static Set<String> admitted(Class<?> view) {
        if (view.isAnnotationPresent(AnonymousAllowed.class) || isPublicPage(view)) {
            return Roles.ALL;
        }
        var rolesAllowed = view.getAnnotation(RolesAllowed.class);
        return rolesAllowed == null ? Set.of() : Set.of(rolesAllowed.value());
    }

    private static boolean isPublicPage(Class<?> page) {
        var mapping = page.getAnnotation(RequestMapping.class);
        var paths = new AntPathMatcher();
        return mapping != null && Arrays.stream(mapping.value()).anyMatch(path -> Arrays
                .stream(PublicPages.PATTERNS).anyMatch(pattern -> paths.match(pattern, path)));
    }

    /** Each page by its route as mails write it ({@code action/:token}): Vaadin views and server-rendered pages. */
    private static Map<String, Class<?>> views() throws ClassNotFoundException {
        var scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(Route.class));
        scanner.addIncludeFilter(new AnnotationTypeFilter(Controller.class));
        var views = new HashMap<String, Class<?>>();
        for (var candidate : scanner.findCandidateComponents("org.peerproof")) {
            var type = ClassUtils.forName(candidate.getBeanClassName(), MailLinkTargetsTest.class.getClassLoader());
            if (type.isAnnotationPresent(Route.class)) {
                views.put(type.getAnnotation(Route.class).value(), type);
            } else if (type.isAnnotationPresent(RequestMapping.class)) {
                for (var path : type.getAnnotation(RequestMapping.class).value()) {
                    views.put(path.replaceFirst("^/", "").replaceAll("\\{([^}]+)}", ":$1"), type);
                }
            }
        }
        return views;
    }
}
