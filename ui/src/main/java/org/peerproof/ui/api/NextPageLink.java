package org.peerproof.ui.api;

import java.util.List;
import java.util.Optional;
import org.peerproof.domain.shared.PageCursor;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The answer of a paged /api/v1 list (issue 15): the page as the body and, when more follow, a
 * {@code Link: <...>; rel="next"} header with the same address and parameters and the next page's cursor.
 */
public final class NextPageLink {

    /** The OpenAPI description of the header, shared by every paged list. */
    public static final String DESCRIPTION = "When more follow: <address of the next page>; rel=\"next\", the same "
            + "query with the cursor parameter of the next page.";

    private NextPageLink() {
    }

    public static <T> ResponseEntity<T> answer(T body, Optional<PageCursor> next) {
        var response = ResponseEntity.ok();
        next.ifPresent(cursor -> response.header(HttpHeaders.LINK, "<" + ServletUriComponentsBuilder
                .fromCurrentRequest().replaceQueryParam("cursor", cursor.token()).toUriString() + ">; rel=\"next\""));
        return response.body(body);
    }

    public static <T> ResponseEntity<List<T>> answer(PageCursor.Page<T> page) {
        return answer(page.items(), page.next());
    }

    public static <T> ResponseEntity<T> answer(PageCursor.Paged<T> page) {
        return answer(page.content(), page.next());
    }
}
