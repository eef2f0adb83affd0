package org.peerproof.domain.shared;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;

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

    /** Separates the parts of a sort value for a list sorted by several keys ({@link #of}, {@link #read}). */
    private static final String PART = "|";

    /** The cursor after the row with this id whose sort keys have these values (their {@code toString}). */
    public static PageCursor of(long id, Object... sortParts) {
        var parts = new StringBuilder();
        for (var part : sortParts) {
            parts.append(parts.isEmpty() ? "" : PART).append(part);
        }
        return new PageCursor(parts.toString(), id);
    }

    /**
     * What a list makes of its own cursor: {@code reader} gets the sort value's parts. A cursor of another list
     * (another number of parts, or a part the reader cannot parse) is a {@link ForeignPageCursorException}, so it is
     * refused as bad input rather than read as some position (and never as another user's list: the position only
     * says where to continue in the caller's own rows).
     */
    public <T> T read(int parts, Function<List<String>, T> reader) {
        var values = List.of(sortValue.split(Pattern.quote(PART), -1));
        if (values.size() != parts) {
            throw new ForeignPageCursorException();
        }
        try {
            return reader.apply(values);
        } catch (RuntimeException notOurs) {
            throw new ForeignPageCursorException();
        }
    }

    /** The largest page any paged list returns (issue 15: every /api/v1 list has one maximum). */
    public static final int MAX_LIMIT = 200;

    /**
     * The limit a paged list was asked for, if it is between 1 and {@link #MAX_LIMIT}.
     *
     * @throws IllegalArgumentException otherwise (the API checks the parameter before)
     */
    public static int checkLimit(int limit) {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("A page holds 1 to " + MAX_LIMIT + " rows, not " + limit);
        }
        return limit;
    }

    /**
     * A response that holds one page of a list inside a larger shape (e.g. grouped), and where the next page starts.
     *
     * @param <T> the response's type
     */
    public record Paged<T>(T content, Optional<PageCursor> next) {
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

        /** This page's rows in the shape of the response, e.g. grouped, with the same next page. */
        public <R> Paged<R> as(Function<List<T>, R> shape) {
            return new Paged<>(shape.apply(items), next);
        }
    }
}
