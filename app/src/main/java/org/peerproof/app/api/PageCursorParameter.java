package org.peerproof.app.api;

import org.peerproof.domain.shared.PageCursor;
import org.springframework.core.convert.converter.Converter;
import org.springframework.stereotype.Component;

/**
 * Reads the {@code cursor} query parameter of a paged list. A token this application did not make fails the
 * conversion, which the API answers as a 400 problem (reliability R3), not as a page from the start.
 */
@Component
class PageCursorParameter implements Converter<String, PageCursor> {

    @Override
    public PageCursor convert(String token) {
        return PageCursor.fromToken(token)
                .orElseThrow(() -> new IllegalArgumentException("Not a page cursor of this API"));
    }
}
