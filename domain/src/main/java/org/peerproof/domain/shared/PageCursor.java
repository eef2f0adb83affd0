package org.peerproof.domain.shared;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

/**
 * Where the next page of a list continues (keyset paging, issue 15): the sort value and the id of the last row of
 * the page before, as an opaque URL-safe token. The next page is the rows after that pair in the list's order, so a
 * page stays right while rows are added or removed before it, and the database reads only the page from its index.
 *
 * @param sortValue the last row's value of the list's sort key
 * @param id        the last row's id, which breaks ties of the sort value
 */
public record PageCursor(String sortValue, long id) {

    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

    /** The token to hand to the client. */
    public String token() {
        return ENCODER.encodeToString((id + ":" + sortValue).getBytes(StandardCharsets.UTF_8));
    }

    /**
     * The cursor a client sent back; empty when the token is not one this application made (the caller answers that
     * as bad input).
     */
    public static Optional<PageCursor> fromToken(String token) {
        try {
            var text = new String(DECODER.decode(token), StandardCharsets.UTF_8);
            var colon = text.indexOf(':');
            if (colon < 1) {
                return Optional.empty();
            }
            return Optional.of(new PageCursor(text.substring(colon + 1), Long.parseLong(text.substring(0, colon))));
        } catch (IllegalArgumentException notOurs) {
            return Optional.empty();
        }
    }

    /**
     * One page of a list: its rows and, when more follow, the cursor of the next page.
     *
     * @param <T> the rows' type
     */
    public record Page<T>(List<T> items, Optional<PageCursor> next) {

        /**
         * The page from the rows a query returned when asked for {@code limit + 1}: the extra row only says that
         * another page follows.
         */
        public static <T> Page<T> of(List<T> rowsAndOneMore, int limit,
                                     java.util.function.Function<T, PageCursor> cursorOf) {
            if (rowsAndOneMore.size() <= limit) {
                return new Page<>(List.copyOf(rowsAndOneMore), Optional.empty());
            }
            var items = List.copyOf(rowsAndOneMore.subList(0, limit));
            return new Page<>(items, Optional.of(cursorOf.apply(items.getLast())));
        }

        public <R> Page<R> map(java.util.function.Function<T, R> mapping) {
            return new Page<>(items.stream().map(mapping).toList(), next);
        }
    }
}
