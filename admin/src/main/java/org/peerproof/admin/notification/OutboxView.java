package org.peerproof.admin.notification;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneId;
import java.util.EnumSet;
import org.peerproof.domain.access.Roles;
import org.peerproof.domain.access.SignedInUser;
import org.peerproof.domain.notification.OutboxAdministration;
import org.peerproof.domain.notification.OutboxRow;
import org.peerproof.domain.notification.OutboxStatus;
import org.peerproof.i18n.Dates;
import org.peerproof.i18n.Labels;
import org.peerproof.ui.Feedback;

/**
 * The email outbox for program staff: what went out, what is waiting, what failed (with the last SMTP error) and
 * what is uncertain (the sender stopped between sending and marking); failed and uncertain mail can be sent again.
 */
@Route(OutboxView.ROUTE)
@RolesAllowed({Roles.PROGRAM_MANAGER, Roles.ADMIN})
public class OutboxView extends VerticalLayout implements HasDynamicTitle {

    public static final String ROUTE = "admin/outbox";

    private final transient OutboxAdministration outbox;
    private final Grid<OutboxRow> grid = new Grid<>();
    private final MultiSelectComboBox<OutboxStatus> statuses = new MultiSelectComboBox<>();

    public OutboxView(OutboxAdministration outbox) {
        this.outbox = outbox;
        setSizeFull();
        statuses.setId("outbox-status-filter");
        statuses.setLabel(getTranslation("email.outbox.filter"));
        statuses.setItems(OutboxStatus.values());
        statuses.setItemLabelGenerator(status -> Labels.of(this, status));
        statuses.setValue(EnumSet.of(OutboxStatus.PENDING, OutboxStatus.SENDING, OutboxStatus.FAILED,
                OutboxStatus.UNCERTAIN, OutboxStatus.SENT));
        statuses.addValueChangeListener(change -> refresh());

        grid.setId("outbox");
        var zone = ZoneId.systemDefault();
        grid.addColumn(row -> Dates.dateTime(row.createdAt(), zone, getLocale())).setHeader(getTranslation("email.outbox.created"));
        grid.addColumn(OutboxRow::recipient).setHeader(getTranslation("email.outbox.recipient"));
        grid.addColumn(row -> Labels.of(this, row.template())).setHeader(getTranslation("email.outbox.template"));
        grid.addColumn(row -> Labels.of(this, row.status())).setHeader(getTranslation("email.outbox.status"));
        grid.addColumn(OutboxRow::attempts).setHeader(getTranslation("email.outbox.attempts"));
        grid.addColumn(row -> row.sentAt() == null ? "" : Dates.dateTime(row.sentAt(), zone, getLocale()))
                .setHeader(getTranslation("email.outbox.sent"));
        grid.addColumn(row -> row.lastError() == null ? "" : row.lastError()).setHeader(getTranslation("email.outbox.lastError"))
                .setFlexGrow(2);
        grid.addComponentColumn(row -> {
            var retry = new Button(getTranslation("email.outbox.retry"), click -> retry(row));
            retry.addThemeVariants(ButtonVariant.LUMO_SMALL);
            retry.setId("retry-" + row.id());
            retry.setVisible(row.retryable());
            return retry;
        });
        grid.setSizeFull();
        add(new H2(getTranslation("email.outbox.title")), statuses, grid);
        refresh();
    }

    private void retry(OutboxRow row) {
        outbox.retry(SignedInUser.current(), row.id());
        Feedback.saved(this, "email.outbox.retried");
        refresh();
    }

    private void refresh() {
        grid.setItems(outbox.list(SignedInUser.current(), statuses.getValue()));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("email.outbox.title") + " | " + getTranslation("app.name");
    }
}
