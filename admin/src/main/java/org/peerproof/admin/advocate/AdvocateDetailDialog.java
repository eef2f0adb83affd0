package org.peerproof.admin.advocate;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.List;
import java.util.Locale;
import org.peerproof.domain.advocate.AdvocateDetail;
import org.peerproof.i18n.Dates;
import org.peerproof.i18n.Labels;
import org.peerproof.ui.BrowserTimeZone;

/**
 * One advocate as staff open them from the directory: profile, consents, recent asks and activities, read-only;
 * from here staff log an activity of theirs that did not come from an ask.
 */
class AdvocateDetailDialog extends Dialog {

    /** After the profile form and the bio. */
    private static final int PROGRAM_POSITION = 2;

    /** @param logActivity opens the form to log an activity of this advocate */
    AdvocateDetailDialog(AdvocateDetail advocate, Runnable logActivity) {
        setId("advocate-detail");
        setHeaderTitle(advocate.name());
        setWidth("min(48rem, 100vw)");
        var locale = getLocale();

        var profile = new FormLayout();
        field(profile, "directory.detail.title", advocate.title());
        field(profile, "directory.detail.company", advocate.company());
        field(profile, "directory.detail.persona", Labels.of(this, advocate.persona()));
        field(profile, "directory.detail.email", advocate.email());
        field(profile, "directory.detail.phone", advocate.phone());
        field(profile, "directory.detail.tier", advocate.tierName());
        field(profile, "directory.detail.status", Labels.of(this, advocate.status()));
        field(profile, "directory.detail.timeZone", advocate.timeZone());
        field(profile, "directory.detail.languages", String.join(", ", advocate.languages().stream()
                .map(code -> Locale.of(code).getDisplayLanguage(locale)).toList()));
        field(profile, "directory.detail.useCases", String.join(", ", advocate.useCases()));
        field(profile, "directory.detail.products", String.join(", ", advocate.products()));
        field(profile, "directory.detail.joinedOn", Dates.date(advocate.joinedOn(), locale));
        field(profile, "directory.detail.lastProfileReviewOn", Dates.date(advocate.lastProfileReviewOn(), locale));
        field(profile, "directory.detail.pausedUntil", Dates.date(advocate.pausedUntil(), locale));
        add(profile, new Paragraph(advocate.bio() == null ? "" : advocate.bio()));

        section("directory.detail.outcomes", advocate.outcomes());
        section("directory.detail.consents", advocate.consents().stream()
                .map(consent -> getTranslation(consent.willing() ? "directory.detail.consent.willing"
                                : "directory.detail.consent.unwilling", Labels.of(this, consent.activityType()),
                        consent.maxAsksPerQuarter(), Labels.of(this, consent.preferredChannel())))
                .toList());
        var zone = BrowserTimeZone.orUtc(UI.getCurrent());
        section("directory.detail.recentAsks", advocate.recentAsks().stream()
                .map(ask -> getTranslation("directory.detail.ask", Dates.dateTime(ask.askedAt(), zone, locale),
                        ask.prospectCompany(), Labels.of(this, ask.activityType()), Labels.of(this, ask.status())))
                .toList());
        section("directory.detail.activities", advocate.recentActivities().stream()
                .map(activity -> getTranslation("directory.detail.activity", Dates.date(activity.occurredOn(), locale),
                        Labels.of(this, activity.type()), activity.effortWeight()))
                .toList());
        section("directory.detail.grants", advocate.grants().stream()
                .map(grant -> getTranslation("directory.detail.grant", Dates.dateTime(grant.offeredAt(), zone, locale),
                        grant.benefit(), Labels.of(this, grant.status()),
                        grant.value() == null ? "—" : grant.value(), grant.approvedBy()))
                .toList());
        section("directory.detail.checkIns", advocate.checkIns().stream()
                .map(checkIn -> getTranslation("directory.detail.checkIn", Dates.date(checkIn.heldOn(), locale),
                        Labels.of(this, checkIn.health()), checkIn.owner(),
                        checkIn.notes() == null ? "" : checkIn.notes()))
                .toList());
        section("directory.detail.audit", advocate.auditTrail().stream()
                .map(line -> getTranslation("directory.detail.auditLine", Dates.dateTime(line.occurredAt(), zone, locale),
                        line.actor(), line.action()))
                .toList());

        var log = new Button(getTranslation("requests.activity.log"), click -> logActivity.run());
        log.setId("log-activity");
        getFooter().add(log, new Button(getTranslation("directory.detail.close"), click -> close()));
    }

    /** Shows the advocate's program section (tier, commitment, program actions) right below the profile. */
    void showProgram(Component program) {
        addComponentAtIndex(PROGRAM_POSITION, program);
    }

    private void field(FormLayout form, String labelKey, String value) {
        form.addFormItem(new Span(value == null || value.isBlank() ? "—" : value), getTranslation(labelKey));
    }

    private void section(String titleKey, List<String> lines) {
        Component body = lines.isEmpty() ? new Span(getTranslation("directory.detail.none"))
                : new UnorderedList(lines.stream().map(ListItem::new).toArray(ListItem[]::new));
        add(new H4(getTranslation(titleKey)), body);
    }
}
