package org.peerproof.domain.notification;

import static org.peerproof.domain.notification.MailRenderer.args;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.peerproof.domain.activity.ActivityCompleted;
import org.peerproof.domain.activity.ActivityRepository;
import org.peerproof.domain.advocate.Advocate;
import org.peerproof.domain.ask.Ask;
import org.peerproof.domain.ask.AskAnswered;
import org.peerproof.domain.ask.AskExpired;
import org.peerproof.domain.ask.AskRepository;
import org.peerproof.domain.ask.AskSent;
import org.peerproof.domain.ask.AskStatus;
import org.peerproof.domain.ask.AskWithdrawn;
import org.peerproof.domain.nomination.NominationInvited;
import org.peerproof.domain.nomination.NominationRepository;
import org.peerproof.domain.notification.MailModel.Action;
import org.peerproof.domain.notification.MailModel.Fact;
import org.peerproof.domain.recommitment.Recommitment;
import org.peerproof.domain.recommitment.RecommitmentReminderDue;
import org.peerproof.domain.recommitment.RecommitmentRepository;
import org.peerproof.domain.recommitment.RecommitmentRequested;
import org.peerproof.domain.request.ReferenceRequest;
import org.peerproof.domain.reward.BenefitGranted;
import org.peerproof.domain.reward.BenefitGrantRepository;
import org.peerproof.i18n.Dates;
import org.peerproof.i18n.SupportedLocales;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Turns domain events into outbox messages, synchronously inside the transaction that published them: the mail
 * is stored if and only if the change is. Nothing is rendered here; the payload holds the facts of the moment
 * (formatted for the recipient) and the signed links.
 */
@Component
public class MailNotifications {

    /** Portal and admin paths the mails link to (the view modules own the routes; domain cannot see them). */
    static final String PORTAL_ASKS = "portal/asks";
    static final String PORTAL_PROFILE = "portal/profile";
    static final String PORTAL_REWARDS = "portal/rewards";
    static final String PORTAL_HOME = "portal";
    static final String PORTAL_NOTIFICATIONS = "portal/notifications";
    static final String ADMIN_REQUEST_MATCH = "admin/requests/%d/match";

    private final Outbox outbox;
    private final ActionLinks links;
    private final MailProperties properties;
    private final AskRepository asks;
    private final ActivityRepository activities;
    private final NominationRepository nominations;
    private final BenefitGrantRepository grants;
    private final RecommitmentRepository recommitments;
    private final Clock clock;

    public MailNotifications(Outbox outbox, ActionLinks links, MailProperties properties, AskRepository asks,
                             ActivityRepository activities, NominationRepository nominations,
                             BenefitGrantRepository grants, RecommitmentRepository recommitments, Clock clock) {
        this.outbox = outbox;
        this.links = links;
        this.properties = properties;
        this.asks = asks;
        this.activities = activities;
        this.nominations = nominations;
        this.grants = grants;
        this.recommitments = recommitments;
        this.clock = clock;
    }

    @EventListener
    public void askSent(AskSent event) {
        var ask = asks.findById(event.askId()).orElseThrow();
        outbox.toAdvocate(ask.getAdvocate(), MailTemplate.ASK_NEW, askModel(ask));
    }

    /** The reminder a day before an unanswered ask expires (see {@link NotificationJobs#remindExpiringAsks}). */
    public void askReminderDue(Ask ask) {
        outbox.toAdvocate(ask.getAdvocate(), MailTemplate.ASK_REMINDER, askModel(ask));
    }

    @EventListener
    public void askAnswered(AskAnswered event) {
        var ask = asks.findById(event.askId()).orElseThrow();
        var advocate = ask.getAdvocate();
        var locale = Outbox.localeOf(advocate);
        var request = ask.getRequest();
        if (ask.getStatus() == AskStatus.ACCEPTED) {
            outbox.toAdvocate(advocate, MailTemplate.ASK_ACCEPTED, new MailModel(advocate.getName(),
                    args(request.getProspectCompany()), brief(request, locale),
                    List.of(openAsks())));
        } else {
            outbox.toAdvocate(advocate, MailTemplate.ASK_DECLINED, new MailModel(advocate.getName(),
                    args(request.getProspectCompany()), List.of(), List.of(openAsks())));
        }
        var staffModel = new MailModel(null,
                args(advocate.getName(), request.getProspectCompany(), request.getOpportunityId()),
                List.of(Fact.label("email.fact.answer", ask.getStatus()),
                        Fact.text("email.fact.declineReason", ask.getDeclineReason() == null ? "" : ask.getDeclineReason())),
                List.of(new Action("email.action.openRequest", properties.url(ADMIN_REQUEST_MATCH.formatted(request.getId())))));
        for (var recipient : requesterElseTeam(request)) {
            outbox.toPerson(recipient, SupportedLocales.DEFAULT, MailTemplate.STAFF_ASK_ANSWERED, staffModel);
        }
    }

    @EventListener
    public void askExpired(AskExpired event) {
        askClosed(event.askId(), MailTemplate.ASK_EXPIRED);
    }

    @EventListener
    public void askWithdrawn(AskWithdrawn event) {
        askClosed(event.askId(), MailTemplate.ASK_WITHDRAWN);
    }

    private void askClosed(Long askId, MailTemplate template) {
        var ask = asks.findById(askId).orElseThrow();
        outbox.toAdvocate(ask.getAdvocate(), template, new MailModel(ask.getAdvocate().getName(),
                args(ask.getRequest().getProspectCompany()), List.of(), List.of(openAsks())));
    }

    /** Rule 7: the thank-you goes into the outbox with the completion, so it leaves within seconds, not 24 h. */
    @EventListener
    public void activityCompleted(ActivityCompleted event) {
        var activity = activities.findById(event.activityId()).orElseThrow();
        var advocate = activity.getAdvocate();
        var locale = Outbox.localeOf(advocate);
        outbox.toAdvocate(advocate, MailTemplate.THANK_YOU, new MailModel(advocate.getName(),
                args(Dates.date(activity.getOccurredOn(), locale)),
                List.of(Fact.label("email.fact.activity", activity.getType()),
                        Fact.text("email.fact.date", Dates.date(activity.getOccurredOn(), locale))),
                List.of(new Action("email.action.openRewards", properties.url(PORTAL_REWARDS)))));
        if (activity.getAsk() != null && activity.getAsk().getThankYouSentAt() == null) {
            activity.getAsk().thankYouSent(Instant.now(clock));
        }
    }

    @EventListener
    public void recommitmentRequested(RecommitmentRequested event) {
        var recommitment = recommitments.findById(event.recommitmentId()).orElseThrow();
        var advocate = recommitment.getAdvocate();
        outbox.toAdvocate(advocate, MailTemplate.RECOMMITMENT_INVITATION, recommitmentModel(recommitment,
                args(Dates.date(recommitment.getDueOn(), Outbox.localeOf(advocate)))));
    }

    @EventListener
    public void recommitmentReminderDue(RecommitmentReminderDue event) {
        var recommitment = recommitments.findById(event.recommitmentId()).orElseThrow();
        var advocate = recommitment.getAdvocate();
        outbox.toAdvocate(advocate, MailTemplate.RECOMMITMENT_REMINDER, recommitmentModel(recommitment,
                args(event.daysLeft(), Dates.date(recommitment.getDueOn(), Outbox.localeOf(advocate)))));
    }

    private MailModel recommitmentModel(Recommitment recommitment, List<String> args) {
        var advocate = recommitment.getAdvocate();
        return new MailModel(advocate.getName(), args, List.of(), List.of(
                new Action("email.action.recommit", links.issue(ActionPurpose.RECOMMITMENT_CONFIRM, recommitment.getId(), advocate.getId())),
                new Action("email.action.leave", links.issue(ActionPurpose.RECOMMITMENT_DECLINE, recommitment.getId(), advocate.getId()))));
    }

    @EventListener
    public void nominationInvited(NominationInvited event) {
        var nominee = nominations.findById(event.nominationId()).orElseThrow().getNominee();
        var company = nominee.getAccount() == null ? "" : nominee.getAccount().getCompanyName();
        outbox.toPerson(nominee.getEmail(), nominee.getPreferredLocale(), MailTemplate.NOMINATION_INVITATION,
                new MailModel(nominee.getName(), args(company), List.of(),
                        List.of(new Action("email.action.signUp", properties.url(PORTAL_HOME)))));
    }

    @EventListener
    public void benefitGranted(BenefitGranted event) {
        var grant = grants.findById(event.grantId()).orElseThrow();
        var advocate = grant.getAdvocate();
        var facts = new ArrayList<Fact>();
        facts.add(Fact.label("email.fact.benefitKind", grant.getBenefit().getKind()));
        if (grant.getBenefit().getDescription() != null) {
            facts.add(Fact.text("email.fact.description", grant.getBenefit().getDescription()));
        }
        outbox.toAdvocate(advocate, MailTemplate.BENEFIT_GRANTED, new MailModel(advocate.getName(),
                args(grant.getBenefit().getName()), facts,
                List.of(new Action("email.action.openRewards", properties.url(PORTAL_REWARDS)))));
    }

    /** Rule 9's prompt (see {@link NotificationJobs#promptProfileReviews}). */
    public void profileReviewDue(Advocate advocate) {
        var locale = Outbox.localeOf(advocate);
        var lastReview = advocate.getLastProfileReviewOn();
        outbox.toAdvocate(advocate, MailTemplate.PROFILE_REVIEW, new MailModel(advocate.getName(),
                args(lastReview == null ? "" : Dates.date(lastReview, locale)), List.of(),
                List.of(new Action("email.action.reviewProfile", properties.url(PORTAL_PROFILE)))));
    }

    /** A request still without an accepted ask after the configured days: its requester and the program team. */
    public void requestUnfulfilled(ReferenceRequest request, long daysOpen) {
        var model = new MailModel(null, args(request.getOpportunityId(), request.getProspectCompany(), daysOpen),
                List.of(Fact.label("email.fact.activity", request.getActivityType()),
                        Fact.label("email.fact.status", request.getStatus()),
                        Fact.text("email.fact.neededBy", Dates.date(request.getNeededBy(), SupportedLocales.DEFAULT))),
                List.of(new Action("email.action.openRequest", properties.url(ADMIN_REQUEST_MATCH.formatted(request.getId())))));
        var recipients = new LinkedHashSet<String>();
        requester(request).ifPresent(recipients::add);
        recipients.addAll(properties.programTeam());
        for (var recipient : recipients) {
            outbox.toPerson(recipient, SupportedLocales.DEFAULT, MailTemplate.STAFF_REQUEST_UNFULFILLED, model);
        }
    }

    private MailModel askModel(Ask ask) {
        var advocate = ask.getAdvocate();
        var locale = Outbox.localeOf(advocate);
        var request = ask.getRequest();
        var answerBy = ask.getExpiresAt().atZone(advocate.getTimeZone()).toLocalDate();
        var facts = new ArrayList<Fact>();
        facts.add(Fact.label("email.fact.activity", request.getActivityType()));
        facts.add(Fact.label("email.fact.industry", request.getProspectIndustry()));
        facts.add(Fact.label("email.fact.sizeBand", request.getSizeBand()));
        facts.add(Fact.label("email.fact.region", request.getRegion()));
        if (request.getUseCase() != null) {
            facts.add(Fact.text("email.fact.useCase", request.getUseCase().getName()));
        }
        facts.add(Fact.text("email.fact.neededBy", Dates.date(request.getNeededBy(), locale)));
        facts.add(Fact.text("email.fact.answerBy", Dates.date(answerBy, locale)));
        return new MailModel(advocate.getName(), args(request.getProspectCompany(), Dates.date(answerBy, locale)), facts,
                List.of(new Action("email.action.accept", links.issue(ActionPurpose.ASK_ACCEPT, ask.getId(), advocate.getId())),
                        new Action("email.action.decline", links.issue(ActionPurpose.ASK_DECLINE, ask.getId(), advocate.getId())),
                        openAsks()));
    }

    private Action openAsks() {
        return new Action("email.action.openAsks", properties.url(PORTAL_ASKS));
    }

    /** What the advocate needs for the call: the prospect and the deal, in their language. */
    private static List<Fact> brief(ReferenceRequest request, Locale locale) {
        var facts = new ArrayList<Fact>();
        facts.add(Fact.text("email.fact.prospect", request.getProspectCompany()));
        facts.add(Fact.label("email.fact.activity", request.getActivityType()));
        facts.add(Fact.label("email.fact.industry", request.getProspectIndustry()));
        facts.add(Fact.label("email.fact.sizeBand", request.getSizeBand()));
        facts.add(Fact.label("email.fact.region", request.getRegion()));
        if (request.getUseCase() != null) {
            facts.add(Fact.text("email.fact.useCase", request.getUseCase().getName()));
        }
        if (!request.getProducts().isEmpty()) {
            facts.add(Fact.text("email.fact.products", request.getProducts().stream()
                    .map(product -> product.getName()).sorted().collect(Collectors.joining(", "))));
        }
        facts.add(Fact.text("email.fact.neededBy", Dates.date(request.getNeededBy(), locale)));
        return facts;
    }

    private Set<String> requesterElseTeam(ReferenceRequest request) {
        return requester(request).map(Set::of).orElseGet(() -> Set.copyOf(properties.programTeam()));
    }

    /** The salesperson, when the request names them by a deliverable address. */
    private static Optional<String> requester(ReferenceRequest request) {
        var requester = request.getRequestedBy();
        return isEmail(requester) ? Optional.of(requester) : Optional.empty();
    }

    /** Requests may name the salesperson by a Keycloak username instead; those are not addresses to mail. */
    private static boolean isEmail(String candidate) {
        return candidate != null && candidate.matches("[^@\\s]+@[^@\\s]+");
    }
}
