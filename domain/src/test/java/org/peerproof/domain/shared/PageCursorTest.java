package org.peerproof.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PageCursorTest {

    @Test
    void aTokenReadsBackAsTheCursorItWasMadeFrom() {
        for (var cursor : List.of(new PageCursor("Acme", 7), new PageCursor("Zoë: 日本 / ? & #", 42),
                new PageCursor("", 0))) {
            assertThat(cursor.token()).matches("[A-Za-z0-9_-]*");
            assertThat(PageCursor.fromToken(cursor.token())).contains(cursor);
        }
    }

    @Test
    void tokensThisApplicationDidNotMakeAreNoCursor() {
        for (var token : List.of("", "not-a-cursor", "%%%", "eDp5", "OjEy")) {
            assertThat(PageCursor.fromToken(token)).as(token).isEmpty();
        }
    }

    @Test
    void aPageKnowsWhetherAnotherFollowsFromTheOneExtraRow() {
        var full = PageCursor.Page.of(List.of(1, 2, 3), 2, row -> new PageCursor("n" + row, row));
        assertThat(full.items()).containsExactly(1, 2);
        assertThat(full.next()).contains(new PageCursor("n2", 2));
        var last = PageCursor.Page.of(List.of(1, 2), 2, row -> new PageCursor("n" + row, row));
        assertThat(last.next()).isEqualTo(Optional.empty());
        assertThat(last.map(row -> row * 10).items()).containsExactly(10, 20);
    }

    @Test
    void aListReadsTheSortKeysItWroteAndRefusesAnyOtherCursor() {
        var cursor = PageCursor.of(12, "ACTION", LocalDate.of(2026, 5, 1));
        assertThat(PageCursor.fromToken(cursor.token())).contains(cursor);
        assertThat(cursor.<List<String>>read(2, parts -> parts)).containsExactly("ACTION", "2026-05-01");
        assertThatThrownBy(() -> cursor.read(3, parts -> parts))
                .isInstanceOf(ForeignPageCursorException.class);
        assertThatThrownBy(() -> cursor.read(2, parts -> Instant.parse(parts.get(1))))
                .isInstanceOf(ForeignPageCursorException.class);
        assertThat(PageCursor.checkLimit(200)).isEqualTo(200);
        assertThatThrownBy(() -> PageCursor.checkLimit(0))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
