package org.peerproof.domain.notification;

import static org.peerproof.domain.notification.MailRenderer.args;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.peerproof.domain.access.Roles;
import org.peerproof.domain.activity.ActivityCompleted;
import org.peerproof.domain.activity.ActivityRepository;
import org.peerproof.domain.advocate.Advocate;
import org.peerproof.domain.advocate.AdvocateRepository;
import org.peerproof.domain.advocate.AdvocateSignedUp;
import org.peerproof.domain.advocate.SignUpApproved;
import org.peerproof.domain.ask.AdvocateProspect;
import org.peerproof.domain.ask.Ask;
import org.peerproof.domain.ask.AskAnswered;
import org.peerproof.domain.ask.AskExpired;
import org.peerproof.domain.ask.AskRepository;
import org.peerproof.domain.ask.AskSent;
import org.peerproof.domain.ask.AskStatus;
import org.peerproof.domain.ask.AskWithdrawn;
import org.peerproof.domain.ask.Requester;
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
import org.peerproof.domain.tier.TierRepository;
import org.peerproof.i18n.Dates;
import org.peerproof.i18n.Labels;
import org.peerproof.i18n.SupportedLocales;
import org.springframework.context.MessageSource;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Turns domain events into outbox messages, synchronously inside the transaction that published them: the mail
 * is stored if and only if the change is. Nothing is rendered here; the payload holds the facts of the moment
 * (formatted for the recipient) and the signed links.
 */
@Component
public class MailNotifications {

    private final Outbox outbox;
    private final ActionLinks links;
    private final MailProperties properties;
    private final AskRepository asks;
    private final ActivityRepository activities;
    private final NominationRepository nominations;
    private final BenefitGrantRepository grants;
    private final RecommitmentRepository recommitments;
    private final AdvocateRepository advocates;
    private final TierRepository tiers;
    private final MessageSource messages;
    private final Clock clock;

    public MailNotifications(Outbox outbox, ActionLinks links, MailProperties properties, AskRepository asks,
                             ActivityRepository activities, NominationRepository nominations,
                             BenefitGrantRepository grants, RecommitmentRepository recommitments,
                             AdvocateRepository advocates, TierRepository tiers, MessageSource messages, Clock clock) {
        this.outbox = outbox;
        this.links = links;
        this.properties = properties;
        this.asks = asks;
        this.activities = activities;
        this.nominations = nominations;
        this.grants = grants;
        this.recommitments = recommitments;
        this.advocates = advocates;
        this.tiers = tiers;
        this.messages = messages;
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
            // Accepted: the prospect may now be named (see AdvocateProspect), and the brief says who it is.
            outbox.toAdvocate(advocate, MailTemplate.ASK_ACCEPTED, new MailModel(advocate.getName(),
                    args(AdvocateProspect.of(ask).companyName()), brief(ask, locale), List.of(openAsks())));
        } else {
            outbox.toAdvocate(advocate, MailTemplate.ASK_DECLINED, new MailModel(advocate.getName(),
                    args(industry(ask, locale)), prospectFacts(ask), List.of(openAsks())));
        }
        var facts = List.of(Fact.label("email.fact.answer", ask.getStatus()),
                Fact.text("email.fact.declineReason", ask.getDeclineReason() == null ? "" : ask.getDeclineReason()));
        for (var recipient : requesterElseTeam(request)) {
            outbox.toPerson(recipient.email(), SupportedLocales.DEFAULT, MailTemplate.STAFF_ASK_ANSWERED,
                    new MailModel(null, args(advocate.getName(), request.getProspectCompany(), request.getOpportunityId()),
                            facts, List.of(openRequest(recipient, request))));
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
        var advocate = ask.getAdvocate();
        outbox.toAdvocate(advocate, template, new MailModel(advocate.getName(),
                args(industry(ask, Outbox.localeOf(advocate))), prospectFacts(ask), List.of(openAsks())));
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
                List.of(new Action("email.action.openRewards", properties.url(LinkedPages.PORTAL_REWARDS)))));
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
                        List.of(new Action("email.action.signUp", properties.url(LinkedPages.PORTAL_HOME)))));
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
                List.of(new Action("email.action.openRewards", properties.url(LinkedPages.PORTAL_REWARDS)))));
    }

    /** Rule 9's prompt (see {@link NotificationJobs#promptProfileReviews}). */
    public void profileReviewDue(Advocate advocate) {
        var locale = Outbox.localeOf(advocate);
        var lastReview = advocate.getLastProfileReviewOn();
        outbox.toAdvocate(advocate, MailTemplate.PROFILE_REVIEW, new MailModel(advocate.getName(),
                args(lastReview == null ? "" : Dates.date(lastReview, locale)), List.of(),
                List.of(new Action("email.action.reviewProfile", properties.url(LinkedPages.PORTAL_PROFILE)))));
    }

    /** A request still without an accepted ask after the configured days: its requester and the program team. */
    public void requestUnfulfilled(ReferenceRequest request, long daysOpen) {
        var facts = List.of(Fact.label("email.fact.activity", request.getActivityType()),
                Fact.label("email.fact.status", request.getStatus()),
                Fact.text("email.fact.neededBy", Dates.date(request.getNeededBy(), SupportedLocales.DEFAULT)));
        var recipients = new LinkedHashSet<StaffRecipient>();
        Requester.emailOf(request).map(this::staffRecipient).ifPresent(recipients::add);
        properties.programTeam().forEach(email -> recipients.add(staffRecipient(email)));
        for (var recipient : recipients) {
            outbox.toPerson(recipient.email(), SupportedLocales.DEFAULT, MailTemplate.STAFF_REQUEST_UNFULFILLED,
                    new MailModel(null, args(request.getOpportunityId(), request.getProspectCompany(), daysOpen), facts,
                            List.of(openRequest(recipient, request))));
        }
    }

    /** A self sign-up: what the program is, that staff review it, and what happens next. */
    @EventListener
    public void advocateSignedUp(AdvocateSignedUp event) {
        var advocate = advocates.findById(event.advocateId()).orElseThrow();
        outbox.toAdvocate(advocate, MailTemplate.WELCOME, new MailModel(advocate.getName(), List.of(), List.of(),
                List.of(new Action("email.action.openPortal", properties.url(LinkedPages.PORTAL_HOME)))));
    }

    /** Staff approved a self sign-up: the tier they start in, what it asks of them, and where to say what they will do. */
    @EventListener
    public void signUpApproved(SignUpApproved event) {
        var advocate = advocates.findById(event.advocateId()).orElseThrow();
        var tier = tiers.findById(event.tierId()).orElseThrow();
        var locale = Outbox.localeOf(advocate);
        var facts = new ArrayList<Fact>();
        facts.add(Fact.text("email.fact.tier", tier.getName()));
        facts.add(Fact.text("email.fact.expectedPerYear", Integer.toString(tier.getExpectedActivitiesPerYear())));
        facts.add(Fact.text("email.fact.allowedActivities", tier.getAllowedActivityTypes().stream().sorted()
                .map(type -> messages.getMessage(Labels.key(type), null, locale))
                .collect(Collectors.joining(", "))));
        outbox.toAdvocate(advocate, MailTemplate.SIGN_UP_APPROVED, new MailModel(advocate.getName(),
                args(tier.getName()), facts,
                List.of(new Action("email.action.setPreferences", properties.url(LinkedPages.PORTAL_PREFERENCES)))));
    }

    private MailModel askModel(Ask ask) {
        var advocate = ask.getAdvocate();
        var locale = Outbox.localeOf(advocate);
        var request = ask.getRequest();
        var answerBy = ask.getExpiresAt().atZone(advocate.getTimeZone()).toLocalDate();
        var facts = new ArrayList<Fact>();
        facts.add(Fact.label("email.fact.activity", request.getActivityType()));
        facts.addAll(prospectFacts(ask));
        if (request.getUseCase() != null) {
            facts.add(Fact.text("email.fact.useCase", request.getUseCase().getName()));
        }
        facts.add(Fact.text("email.fact.neededBy", Dates.date(request.getNeededBy(), locale)));
        facts.add(Fact.text("email.fact.answerBy", Dates.date(answerBy, locale)));
        return new MailModel(advocate.getName(), args(industry(ask, locale), Dates.date(answerBy, locale)), facts,
                List.of(new Action("email.action.accept", links.issue(ActionPurpose.ASK_ACCEPT, ask.getId(), advocate.getId())),
                        new Action("email.action.decline", links.issue(ActionPurpose.ASK_DECLINE, ask.getId(), advocate.getId())),
                        openAsks()));
    }

    private Action openAsks() {
        return new Action("email.action.openAsks", properties.url(LinkedPages.PORTAL_ASKS));
    }

    /** The prospect's industry in the advocate's words, which every advocate mail about an ask names it by. */
    private String industry(Ask ask, Locale locale) {
        return messages.getMessage(Labels.key(AdvocateProspect.of(ask).industry()), null, locale);
    }

    /**
     * The prospect as {@link AdvocateProspect} lets the advocate know it: always its profile, its name only once
     * they accepted. Every advocate mail about an ask, and the confirm page of its links, take the prospect from here.
     */
    public static List<Fact> prospectFacts(Ask ask) {
        var prospect = AdvocateProspect.of(ask);
        var facts = new ArrayList<Fact>();
        if (prospect.named()) {
            facts.add(Fact.text("email.fact.prospect", prospect.companyName()));
        }
        facts.add(Fact.label("email.fact.industry", prospect.industry()));
        facts.add(Fact.label("email.fact.sizeBand", prospect.sizeBand()));
        facts.add(Fact.label("email.fact.region", prospect.region()));
        facts.add(Fact.label("email.fact.dealStage", prospect.dealStage()));
        return facts;
    }

    /** What the advocate needs for the call, once they accepted: the prospect and the deal, in their language. */
    private static List<Fact> brief(Ask ask, Locale locale) {
        var request = ask.getRequest();
        var facts = new ArrayList<Fact>();
        facts.add(Fact.label("email.fact.activity", request.getActivityType()));
        facts.addAll(prospectFacts(ask));
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

    /** The request's page for this staff member (see {@link LinkedPages#requestPage}). */
    private Action openRequest(StaffRecipient recipient, ReferenceRequest request) {
        return new Action("email.action.openRequest",
                properties.url(LinkedPages.requestPage(recipient.role(), request.getId())));
    }

    private Set<StaffRecipient> requesterElseTeam(ReferenceRequest request) {
        return Requester.emailOf(request).map(email -> Set.of(staffRecipient(email)))
                .orElseGet(() -> properties.programTeam().stream().map(this::staffRecipient)
                        .collect(Collectors.toCollection(LinkedHashSet::new)));
    }

    /**
     * A staff member by address and the role their mail is written for. There is no staff table: the configured
     * program team are the program managers; anyone else who filed a request is treated as sales, the role with
     * the fewest pages, so their links open whatever else they may be.
     */
    StaffRecipient staffRecipient(String email) {
        var programManager = properties.programTeam().stream().anyMatch(member -> member.equalsIgnoreCase(email));
        return new StaffRecipient(email, programManager ? Roles.PROGRAM_MANAGER : Roles.SALES);
    }

    record StaffRecipient(String email, String role) {
    }
}
