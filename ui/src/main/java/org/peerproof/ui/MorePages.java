package org.peerproof.ui;

import com.vaadin.flow.component.button.Button;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import org.peerproof.domain.shared.PageCursor;

/**
 * A "Show more" button under a paged list of the signed-in person's own records (issue 15): the view shows the
 * first page, each click the next one, and the button goes away after the last. Only the next page's cursor is kept
 * in the session, never the rows already shown.
 *
 * @param <T> a page as the service returns it, e.g. a grouped list
 */
public class MorePages<T> extends Button {

    private final transient Function<Optional<PageCursor>, PageCursor.Paged<T>> load;
    private final transient Consumer<T> show;
    private Optional<PageCursor> next = Optional.empty();

    /**
     * @param load the page after a cursor (the first for none)
     * @param show adds one page's rows to the view
     */
    public MorePages(String id, Function<Optional<PageCursor>, PageCursor.Paged<T>> load, Consumer<T> show) {
        this.load = load;
        this.show = show;
        setText(getTranslation("common.showMore"));
        setId(id);
        addClickListener(click -> showPage(next));
    }

    /** Shows the first page again, e.g. after the records changed; the view has removed the rows shown before. */
    public void reload() {
        showPage(Optional.empty());
    }

    /** Whether another page follows the ones shown. */
    public boolean hasMore() {
        return next.isPresent();
    }

    private void showPage(Optional<PageCursor> after) {
        var page = load.apply(after);
        next = page.next();
        setVisible(next.isPresent());
        show.accept(page.content());
    }
}
