package org.peerproof.domain.request;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.peerproof.domain.access.Roles;
import org.peerproof.domain.access.SignedInUser;
import org.peerproof.domain.account.CustomerAccount;
import org.peerproof.domain.account.CustomerAccountRepository;
import org.peerproof.domain.account.Industry;
import org.peerproof.domain.account.Region;
import org.peerproof.domain.account.SizeBand;
import org.peerproof.domain.activity.ActivityTypeCode;
import org.peerproof.domain.advocate.Advocate;
import org.peerproof.domain.advocate.AdvocateRepository;
import org.peerproof.domain.advocate.AdvocateStatus;
import org.peerproof.domain.advocate.ContactChannel;
import org.peerproof.domain.ask.AskDispatch;
import org.peerproof.domain.ask.AskFollowUp;
import org.peerproof.domain.ask.AskResponses;
import org.peerproof.domain.ask.CallOutcomeForm;
import org.peerproof.domain.shared.DomainConflictException;
import org.peerproof.domain.shared.DomainRuleException;
import org.peerproof.domain.shared.ForeignPageCursorException;
import org.peerproof.domain.shared.PageCursor;
import org.peerproof.domain.shared.RecordNotFoundException;
import org.peerproof.domain.testsupport.MariaDbJpaTest;
import org.peerproof.domain.testsupport.MutableClock;
import org.peerproof.domain.tier.TierRepository;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

/**
 * What the request queue and a request's page say while its asks move on: the displayed progress derives from the
 * asks (an accepted ask reads "Accepted, call to schedule", not "Asked"), sales get the advocate's contact once they
 * accept, and the queue lists open work needing action first, filtered and paged in the database.
 */
@MariaDbJpaTest
@Import({RequestLifecycleTest.Setup.class, CallScheduling.class})
class RequestQueueTest {

    static final Instant NOW = RequestLifecycleTest.NOW;
    static final LocalDate TODAY = RequestLifecycleTest.TODAY;
    static final SignedInUser SALES = staff("queue.sales@peerproof.test", Roles.SALES);
    static final SignedInUser OTHER_SALES = staff("queue.other@peerproof.test", Roles.SALES);
    static final SignedInUser PROGRAM_MANAGER = staff("queue.pm@peerproof.test", Roles.PROGRAM_MANAGER);

    @Autowired ReferenceRequests referenceRequests;
    @Autowired VisibleRequests visible;
    @Autowired AskDispatch dispatch;
    @Autowired AskResponses responses;
    @Autowired AskFollowUp followUp;
    @Autowired CallScheduling scheduling;
    @Autowired MutableClock clock;
    @Autowired ReferenceRequestRepository requests;
    @Autowired AdvocateRepository advocates;
    @Autowired CustomerAccountRepository accounts;
    @Autowired TierRepository tiers;

    private CustomerAccount hospital;

    @BeforeEach
    void anAccount() {
        clock.set(NOW);
        hospital = accounts.save(new CustomerAccount("Queue Hospital", Industry.HEALTHCARE, SizeBand.LARGE, Region.EMEA));
    }

    @Test
    void theProgressFollowsTheAsksFromAskedToAcceptedScheduledCallToRecordAndFulfilled() {
        var tomoko = advocate("Tomoko Tanaka", ContactChannel.PHONE);
        var requestId = referenceRequests.file(SALES, form("OPP-Q-LIFE", "Clinic Co", DealStage.EVALUATION, 14));
        assertThat(progressInQueue(requestId)).isEqualTo(RequestProgress.NEW);

        var askId = dispatch.ask(PROGRAM_MANAGER, requestId, List.of(tomoko.getId())).getFirst();
        assertThat(progressInQueue(requestId)).isEqualTo(RequestProgress.ASKED);
        var pending = referenceRequests.detail(SALES, requestId).asks().getFirst();
        assertThat(pending.advocateEmail()).as("no contact before the advocate says yes").isNull();
        assertThat(pending.advocatePhone()).isNull();
        assertThat(pending.preferredChannel()).isNull();

        responses.accept(advocateUser(tomoko), askId);
        assertThat(progressInQueue(requestId)).isEqualTo(RequestProgress.ACCEPTED);
        var accepted = referenceRequests.detail(SALES, requestId);
        assertThat(accepted.progress()).isEqualTo(RequestProgress.ACCEPTED);
        var contact = accepted.asks().getFirst();
        assertThat(contact.advocateName()).isEqualTo("Tomoko Tanaka");
        assertThat(contact.advocateEmail()).isEqualTo(tomoko.getEmail());
        assertThat(contact.advocatePhone()).isEqualTo("+81 3 1234 5678");
        assertThat(contact.preferredChannel()).isEqualTo(ContactChannel.PHONE);
        assertThat(contact.advocateTimeZone()).isEqualTo("Asia/Tokyo");
        assertThat(contact.scheduledAt()).isNull();

        var callAt = NOW.plus(Duration.ofDays(2));
        scheduling.schedule(SALES, askId, new CallTimeForm(callAt));
        assertThat(progressInQueue(requestId)).isEqualTo(RequestProgress.SCHEDULED);
        assertThat(referenceRequests.detail(SALES, requestId).asks().getFirst().scheduledAt()).isEqualTo(callAt);

        clock.set(callAt.plus(Duration.ofHours(1)));
        assertThat(progressInQueue(requestId)).isEqualTo(RequestProgress.CALL_TO_RECORD);
        assertThat(referenceRequests.detail(SALES, requestId).progress()).isEqualTo(RequestProgress.CALL_TO_RECORD);

        followUp.recordCall(SALES, askId, new CallOutcomeForm(true, TODAY.plusDays(2), null, 8));
        assertThat(progressInQueue(requestId)).isEqualTo(RequestProgress.FULFILLED);
    }

    @Test
    void aCallTimeIsSetOnlyForAnAcceptedAskOfARequestOneMaySeeAndNotInThePast() {
        var tomoko = advocate("Tomoko Tanaka", ContactChannel.EMAIL);
        var requestId = referenceRequests.file(SALES, form("OPP-Q-TIME", "Clinic Co", DealStage.EVALUATION, 14));
        var askId = dispatch.ask(PROGRAM_MANAGER, requestId, List.of(tomoko.getId())).getFirst();
        var tomorrow = new CallTimeForm(NOW.plus(Duration.ofDays(1)));

        assertThatThrownBy(() -> scheduling.schedule(SALES, askId, tomorrow))
                .isInstanceOf(DomainConflictException.class)
                .extracting(e -> ((DomainRuleException) e).getMessageKey()).isEqualTo("ask.schedule.notAccepted");
        responses.accept(advocateUser(tomoko), askId);
        assertThatThrownBy(() -> scheduling.schedule(OTHER_SALES, askId, tomorrow))
                .isInstanceOf(RecordNotFoundException.class);
        assertThatThrownBy(() -> scheduling.schedule(SALES, askId, new CallTimeForm(NOW.minus(Duration.ofMinutes(1)))))
                .isInstanceOf(DomainRuleException.class)
                .extracting(e -> ((DomainRuleException) e).getMessageKey()).isEqualTo("ask.schedule.scheduledAt.past");

        scheduling.schedule(PROGRAM_MANAGER, askId, tomorrow);
        assertThat(referenceRequests.detail(SALES, requestId).progress()).isEqualTo(RequestProgress.SCHEDULED);
    }

    @Test
    void theQueueListsWorkNeedingActionFirstThenWaitingThenClosedEachSoonestNeededFirst() {
        var tomoko = advocate("Tomoko Tanaka", ContactChannel.PHONE);
        var oldFulfilled = saved("OPP-Q-OLD", "Old Fulfilled Inc", DealStage.CLOSING, TODAY.minusMonths(18));
        oldFulfilled.fulfil(NOW.minus(Duration.ofDays(500)));
        var askedLater = referenceRequests.file(SALES, form("OPP-Q-ASKED", "Waiting Ltd", DealStage.PROPOSAL, 3));
        dispatch.ask(PROGRAM_MANAGER, askedLater, List.of(tomoko.getId()));
        var newLater = referenceRequests.file(SALES, form("OPP-Q-NEW-LATE", "Late New GmbH", DealStage.DISCOVERY, 20));
        var newSoon = referenceRequests.file(OTHER_SALES, form("OPP-Q-NEW-SOON", "Soon New SA", DealStage.DISCOVERY, 5));

        assertThat(visible.list(PROGRAM_MANAGER)).extracting(StaffRequestView::id)
                .containsExactly(newSoon, newLater, askedLater, oldFulfilled.getId());
        assertThat(visible.list(SALES)).extracting(StaffRequestView::id)
                .as("sales see only their own").containsExactly(newLater, askedLater, oldFulfilled.getId());
    }

    @Test
    void theQueueFiltersByProgressStageOwnerAndTextAndPagesInTheDatabase() {
        var first = referenceRequests.file(SALES, form("OPP-Q-100", "Acme 100% Health", DealStage.EVALUATION, 5));
        var second = referenceRequests.file(SALES, form("OPP-Q-200", "Beta Clinic", DealStage.PROPOSAL, 6));
        var third = referenceRequests.file(OTHER_SALES, form("OPP-Q-300", "Gamma Care", DealStage.EVALUATION, 7));
        requests.findById(third).orElseThrow().changeStatus(RequestStatus.CANCELLED);

        assertThat(ids(PROGRAM_MANAGER, new RequestQueueFilter(RequestProgress.openOnes(), null, null, null)))
                .containsExactly(first, second);
        assertThat(ids(PROGRAM_MANAGER, new RequestQueueFilter(Set.of(RequestProgress.CANCELLED), null, null, null)))
                .containsExactly(third);
        assertThat(ids(PROGRAM_MANAGER, new RequestQueueFilter(Set.of(), DealStage.EVALUATION, null, null)))
                .containsExactly(first, third);
        assertThat(ids(PROGRAM_MANAGER, new RequestQueueFilter(Set.of(), null, "QUEUE.OTHER@peerproof.test", null)))
                .containsExactly(third);
        assertThat(ids(PROGRAM_MANAGER, new RequestQueueFilter(Set.of(), null, null, "beta"))).containsExactly(second);
        assertThat(ids(PROGRAM_MANAGER, new RequestQueueFilter(Set.of(), null, null, "q-3"))).containsExactly(third);
        assertThat(ids(PROGRAM_MANAGER, new RequestQueueFilter(Set.of(), null, null, "100%")))
                .as("a % is a character, not a wildcard").containsExactly(first);
        assertThat(ids(PROGRAM_MANAGER, new RequestQueueFilter(Set.of(), null, null, "0%"))).containsExactly(first);
        assertThat(ids(SALES, new RequestQueueFilter(Set.of(), null, OTHER_SALES.email(), null)))
                .as("another owner's requests stay hidden from sales").isEmpty();

        var all = RequestQueueFilter.none();
        assertThat(visible.count(PROGRAM_MANAGER, all)).isEqualTo(3);
        assertThat(visible.page(PROGRAM_MANAGER, all, 1, 1)).extracting(StaffRequestView::id).containsExactly(second);
        assertThat(visible.owners(PROGRAM_MANAGER)).containsExactly(OTHER_SALES.email(), SALES.email());
        assertThat(visible.owners(SALES)).containsExactly(SALES.email());
    }

    @Test
    void keysetPagesWalkTheQueueInItsOrderWithoutGapsOrDuplicatesAndOnlyOverWhatTheUserMaySee() {
        var tomoko = advocate("Tomoko Tanaka", ContactChannel.PHONE);
        var closed = saved("OPP-Q-K-CLOSED", "Closed Co", DealStage.CLOSING, TODAY.minusMonths(2));
        closed.fulfil(NOW.minus(Duration.ofDays(30)));
        // Pages after a closed request read closed ones only: a tie on the needed-by date and an earlier one.
        saved("OPP-Q-K-CANCELLED", "Cancelled Co", DealStage.CLOSING, TODAY.minusMonths(2))
                .changeStatus(RequestStatus.CANCELLED);
        saved("OPP-Q-K-EARLY", "Early Co", DealStage.CLOSING, TODAY.minusMonths(3))
                .changeStatus(RequestStatus.CANCELLED);
        var asked = referenceRequests.file(SALES, form("OPP-Q-K-ASKED", "Waiting Ltd", DealStage.PROPOSAL, 3));
        dispatch.ask(PROGRAM_MANAGER, asked, List.of(tomoko.getId()));
        for (var i = 0; i < 3; i++) {
            // Same group and needed-by date: the ids break the tie.
            referenceRequests.file(i == 1 ? OTHER_SALES : SALES, form("OPP-Q-K-" + i, "Tie " + i, DealStage.DISCOVERY, 5));
        }
        referenceRequests.file(OTHER_SALES, form("OPP-Q-K-LATE", "Late", DealStage.DISCOVERY, 9));

        for (var user : List.of(PROGRAM_MANAGER, SALES)) {
            var expected = visible.list(user).stream().map(StaffRequestView::id).toList();
            for (var limit : List.of(1, 2, 4)) {
                assertThat(walk(user, RequestQueueFilter.none(), limit)).as(user.email() + " by " + limit)
                        .isEqualTo(expected);
            }
        }
        var open = new RequestQueueFilter(RequestProgress.openOnes(), null, null, null);
        assertThat(walk(PROGRAM_MANAGER, open, 2)).isEqualTo(ids(PROGRAM_MANAGER, open));

        // A program manager's cursor in a sales rep's hands continues in the rep's own queue only.
        var managersSecondPage = visible.pageAfter(PROGRAM_MANAGER, RequestQueueFilter.none(), Optional.empty(), 1)
                .next();
        assertThat(visible.pageAfter(SALES, RequestQueueFilter.none(), managersSecondPage, 50).items())
                .isNotEmpty().allSatisfy(row -> assertThat(row.requestedBy()).isEqualTo(SALES.email()));
        assertThatThrownBy(() -> visible.pageAfter(PROGRAM_MANAGER, RequestQueueFilter.none(),
                Optional.of(new PageCursor("Acme", 3)), 5)).isInstanceOf(ForeignPageCursorException.class);
        assertThatThrownBy(() -> visible.pageAfter(PROGRAM_MANAGER, RequestQueueFilter.none(),
                Optional.of(PageCursor.of(3, "SOON", TODAY)), 5)).isInstanceOf(ForeignPageCursorException.class);
        assertThatThrownBy(() -> visible.pageAfter(PROGRAM_MANAGER, RequestQueueFilter.none(), Optional.empty(),
                PageCursor.MAX_LIMIT + 1)).isInstanceOf(IllegalArgumentException.class);
    }

    /** Every page of the user's queue by {@code limit}, following the cursors: the ids in reading order. */
    private List<Long> walk(SignedInUser user, RequestQueueFilter filter, int limit) {
        var ids = new ArrayList<Long>();
        Optional<PageCursor> next = Optional.empty();
        do {
            var page = visible.pageAfter(user, filter, next, limit);
            assertThat(page.items()).hasSizeLessThanOrEqualTo(limit);
            page.items().forEach(row -> ids.add(row.id()));
            next = page.next();
        } while (next.isPresent());
        return ids;
    }

    private List<Long> ids(SignedInUser user, RequestQueueFilter filter) {
        assertThat(visible.count(user, filter)).isEqualTo(visible.page(user, filter, 0, 50).size());
        return visible.page(user, filter, 0, 50).stream().map(StaffRequestView::id).toList();
    }

    private RequestProgress progressInQueue(Long requestId) {
        return visible.list(PROGRAM_MANAGER).stream().filter(row -> row.id().equals(requestId)).findFirst()
                .orElseThrow().progress();
    }

    private ReferenceRequest saved(String opportunityId, String prospect, DealStage stage, LocalDate neededBy) {
        return requests.save(new ReferenceRequest(opportunityId, prospect, Industry.HEALTHCARE, SizeBand.LARGE,
                Region.EMEA, stage, ActivityTypeCode.REFERENCE_CALL_30, neededBy, SALES.email(),
                NOW.minus(Duration.ofDays(600))));
    }

    private static RequestForm form(String opportunityId, String prospect, DealStage stage, int neededInDays) {
        return new RequestForm(opportunityId, prospect, Industry.HEALTHCARE, SizeBand.LARGE, Region.EMEA, Set.of(),
                null, null, null, stage, new BigDecimal("50000"), ActivityTypeCode.REFERENCE_CALL_30,
                TODAY.plusDays(neededInDays), null);
    }

    /** An active Tier 2 advocate in Tokyo, willing to take 30-minute calls the way they prefer. */
    private Advocate advocate(String name, ContactChannel preferred) {
        var advocate = new Advocate(hospital, name, "peer-" + UUID.randomUUID() + "@example.com",
                ZoneId.of("Asia/Tokyo"), AdvocateStatus.NOMINATED, NOW.minus(Duration.ofDays(400)));
        advocate.join(LocalDate.of(2025, 1, 10));
        advocate.assignTier(tiers.findByRank(2).orElseThrow());
        advocate.consent(ActivityTypeCode.REFERENCE_CALL_30, true, 3, preferred);
        advocate.setPhone("+81 3 1234 5678");
        advocate.linkKeycloakUser("kc-" + UUID.randomUUID());
        return advocates.save(advocate);
    }

    private static SignedInUser advocateUser(Advocate advocate) {
        return new SignedInUser(advocate.getKeycloakUserId(), advocate.getEmail(), true, advocate.getName(), null,
                Set.of(Roles.ADVOCATE));
    }

    private static SignedInUser staff(String email, String role) {
        return new SignedInUser("kc-" + email, email, true, email, null, Set.of(role));
    }
}
