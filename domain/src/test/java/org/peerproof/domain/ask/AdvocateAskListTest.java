package org.peerproof.domain.ask;

import static org.assertj.core.api.Assertions.assertThat;
import static org.peerproof.domain.testsupport.DomainFixtures.account;
import static org.peerproof.domain.testsupport.DomainFixtures.activeAdvocate;
import static org.peerproof.domain.testsupport.DomainFixtures.request;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.peerproof.domain.account.Industry;
import org.peerproof.domain.account.Region;
import org.peerproof.domain.account.SizeBand;
import org.peerproof.domain.activity.ActivityTypeCode;
import org.peerproof.domain.request.DealStage;
import org.peerproof.domain.request.ReferenceRequest;

/** Issue 13: what the advocate agreed to comes first, with its time, contact and next step; the prospect's name only after a yes. */
class AdvocateAskListTest {

    private static final Instant NOW = Instant.parse("2026-05-12T09:00:00Z");
    private static final AdvocateProspect PROSPECT = new AdvocateProspect(null, Industry.HEALTHCARE, SizeBand.LARGE,
            Region.EMEA, DealStage.EVALUATION);

    @Test
    void upcomingCommitmentsComeFirstThenOpenAsksThenEarlierOnesLatestFirst() {
        var scheduledLater = view(1, AskStatus.ACCEPTED, NOW.plus(Duration.ofDays(5)), NOW.minus(Duration.ofDays(3)));
        var scheduledSoon = view(2, AskStatus.ACCEPTED, NOW.plus(Duration.ofDays(1)), NOW.minus(Duration.ofDays(2)));
        var noTimeYet = view(3, AskStatus.ACCEPTED, null, NOW.minus(Duration.ofDays(1)));
        var openLater = view(4, AskStatus.PENDING, null, null, NOW.plus(Duration.ofDays(3)));
        var openSoon = view(5, AskStatus.PENDING, null, null, NOW.plus(Duration.ofHours(2)));
        var lapsed = view(6, AskStatus.PENDING, null, null, NOW.minus(Duration.ofMinutes(1)));
        var declinedLongAgo = view(7, AskStatus.DECLINED, null, NOW.minus(Duration.ofDays(90)));
        var completed = view(8, AskStatus.COMPLETED, NOW.minus(Duration.ofDays(10)), NOW.minus(Duration.ofDays(20)));

        var list = AdvocateAskList.of(List.of(declinedLongAgo, openLater, completed, noTimeYet, lapsed, scheduledLater,
                openSoon, scheduledSoon), NOW, "Europe/Berlin");

        assertThat(list.timeZone()).isEqualTo("Europe/Berlin");
        assertThat(list.upcoming()).extracting(AdvocateAskView::id).containsExactly(2L, 1L, 3L);
        assertThat(list.upcoming()).extracting(AdvocateAskView::nextStep).containsExactly(AskNextStep.TAKE_THE_CALL,
                AskNextStep.TAKE_THE_CALL, AskNextStep.AGREE_ON_A_TIME);
        assertThat(list.open()).extracting(AdvocateAskView::id).containsExactly(5L, 4L);
        assertThat(list.open()).extracting(AdvocateAskView::nextStep).containsOnly(AskNextStep.ANSWER);
        assertThat(list.earlier()).extracting(AdvocateAskView::id).containsExactly(6L, 8L, 7L);
        assertThat(list.earlier().getFirst().status()).as("past its answer-by time, before the job ran")
                .isEqualTo(AskStatus.EXPIRED);
        assertThat(list.earlier()).extracting(AdvocateAskView::nextStep).containsOnly(AskNextStep.NONE);
    }

    @Test
    void theViewCarriesTheBriefTheAgreedTimeTheContactAndTheNextStep() {
        var ask = ask("sales@peerproof.example.com");
        ask.accept(NOW);
        ask.schedule(NOW.plus(Duration.ofDays(2)));

        var view = AdvocateAskView.of(ask);

        assertThat(view.scheduledAt()).isEqualTo(NOW.plus(Duration.ofDays(2)));
        assertThat(view.staffContact()).isEqualTo("sales@peerproof.example.com");
        assertThat(view.nextStep()).isEqualTo(AskNextStep.TAKE_THE_CALL);
        assertThat(view.prospect()).isEqualTo(new AdvocateProspect("Northwind Clinics", Industry.HEALTHCARE,
                SizeBand.LARGE, Region.EMEA, DealStage.EVALUATION));
        assertThat(AdvocateAskView.of(ask("sam.sales")).staffContact()).as("a username is no address").isNull();
    }

    @Test
    void theProspectIsNamedOnlyOnceTheAdvocateSaidYes() {
        var pending = ask("sales@peerproof.example.com");
        var declined = ask("sales@peerproof.example.com");
        declined.decline(null, NOW);
        var expired = ask("sales@peerproof.example.com");
        expired.expire();
        var withdrawnOpen = ask("sales@peerproof.example.com");
        withdrawnOpen.withdraw();
        var accepted = ask("sales@peerproof.example.com");
        accepted.accept(NOW);
        var completed = ask("sales@peerproof.example.com");
        completed.accept(NOW);
        completed.complete();
        var withdrawnAfterYes = ask("sales@peerproof.example.com");
        withdrawnAfterYes.accept(NOW);
        withdrawnAfterYes.withdraw();

        for (var notYet : List.of(pending, declined, expired, withdrawnOpen)) {
            assertThat(AdvocateAskView.of(notYet).prospect()).as(notYet.getStatus().name()).isEqualTo(PROSPECT);
        }
        for (var yes : List.of(accepted, completed, withdrawnAfterYes)) {
            assertThat(AdvocateAskView.of(yes).prospect().companyName()).as(yes.getStatus().name())
                    .isEqualTo("Northwind Clinics");
        }
    }

    private static Ask ask(String requestedBy) {
        var template = request("OPP-13");
        var filed = new ReferenceRequest("OPP-13", "Northwind Clinics", template.getProspectIndustry(),
                template.getSizeBand(), template.getRegion(), template.getDealStage(), template.getActivityType(),
                template.getNeededBy(), requestedBy, NOW.minus(Duration.ofDays(1)));
        return new Ask(filed, activeAdvocate(account("Contoso"), "ana@contoso.example"), NOW, NOW.plus(Duration.ofDays(3)));
    }

    private static AdvocateAskView view(long id, AskStatus status, Instant scheduledAt, Instant respondedAt) {
        return view(id, status, scheduledAt, respondedAt, NOW.minus(Duration.ofDays(30)));
    }

    private static AdvocateAskView view(long id, AskStatus status, Instant scheduledAt, Instant respondedAt,
                                        Instant expiresAt) {
        return new AdvocateAskView(id, status, ActivityTypeCode.REFERENCE_CALL_30, PROSPECT, null, List.of(),
                LocalDate.of(2026, 6, 30), NOW.minus(Duration.ofDays(40 - id)), expiresAt, respondedAt, null,
                scheduledAt, null, AskNextStep.of(status, scheduledAt != null));
    }
}
