package org.peerproof.domain.advocate;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.time.Instant;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.peerproof.domain.account.CustomerAccount;
import org.peerproof.domain.account.Product;
import org.peerproof.domain.account.UseCase;
import org.peerproof.domain.activity.ActivityTypeCode;
import org.peerproof.domain.matching.MatchIndexListener;
import org.peerproof.domain.shared.ChangeStamped;
import org.peerproof.domain.shared.VersionedEntity;
import org.peerproof.domain.tier.Tier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** A person at a customer account who speaks for the vendor, with their profile, preferences and availability. */
@Entity
@Table(name = "advocate")
@EntityListeners(MatchIndexListener.class)
public class Advocate extends VersionedEntity implements ChangeStamped {

    private static final Logger LOG = LoggerFactory.getLogger(Advocate.class);

    /** Empty only for a self-registered advocate who has not named their company yet. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "customer_account_id")
    private CustomerAccount account;

    @NotBlank
    @Size(max = 200)
    private String name;

    @Size(max = 200)
    private String title;

    @Enumerated(EnumType.STRING)
    @Column(length = 30)
    private Persona persona;

    /** Stored lower-case so uniqueness does not depend on the database collation. */
    @NotBlank
    @Email
    @Size(max = 254)
    private String email;

    @Size(max = 40)
    private String phone;

    /** ISO 639 language codes. */
    @ElementCollection
    @CollectionTable(name = "advocate_language", joinColumns = @JoinColumn(name = "advocate_id"))
    @Column(name = "language_code", length = 8)
    private Set<@Pattern(regexp = "[a-z]{2,3}") String> languages = new HashSet<>();

    /** IANA time zone id, e.g. Europe/Berlin. */
    @NotBlank
    @Size(max = 64)
    private String timeZone;

    @Size(max = 2000)
    private String bio;

    @ManyToMany
    @JoinTable(name = "advocate_use_case",
            joinColumns = @JoinColumn(name = "advocate_id"),
            inverseJoinColumns = @JoinColumn(name = "use_case_id"))
    private Set<UseCase> useCases = new HashSet<>();

    @ManyToMany
    @JoinTable(name = "advocate_product",
            joinColumns = @JoinColumn(name = "advocate_id"),
            inverseJoinColumns = @JoinColumn(name = "product_id"))
    private Set<Product> productsUsed = new HashSet<>();

    /** Results the advocate can speak to, e.g. "cut month-end close from 10 to 4 days". */
    @ElementCollection
    @CollectionTable(name = "advocate_outcome", joinColumns = @JoinColumn(name = "advocate_id"))
    @OrderColumn(name = "line_no")
    @Column(name = "outcome", length = 500)
    private List<@NotBlank @Size(max = 500) String> outcomes = new ArrayList<>();

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "tier_id")
    private Tier tier;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(length = 30)
    private AdvocateStatus status;

    private LocalDate joinedOn;

    private LocalDate lastRecommittedOn;

    private LocalDate lastProfileReviewOn;

    /** When the advocate was last prompted to review their profile (rule 9), so it happens once per period. */
    private LocalDate profileReviewPromptedOn;

    @Size(max = 64)
    private String keycloakUserId;

    @Column(length = 35)
    private Locale preferredLocale;

    private boolean emailBounced;

    /** Not to be asked up to and including this day. */
    private LocalDate pausedUntil;

    /*
     * Two plain columns rather than an embedded WorkingHours: loading must never throw on a row that breaks the rule
     * (written past the application), or one advocate would break every query that loads them (docs/reliability.md).
     * The rule is kept on write (WorkingHours, ck_advocate_working_hours_order) and checked again on read.
     */
    private LocalTime workingHoursStart;

    private LocalTime workingHoursEnd;

    @ElementCollection
    @CollectionTable(name = "advocate_blackout", joinColumns = @JoinColumn(name = "advocate_id"))
    private Set<BlackoutPeriod> blackouts = new HashSet<>();

    @OneToMany(mappedBy = "advocate", cascade = CascadeType.ALL, orphanRemoval = true)
    private Set<ActivityConsent> consents = new HashSet<>();

    /** Where the advocate said they moved when they reported leaving their company. */
    @Size(max = 200)
    private String reportedNewEmployer;

    @NotNull
    private Instant createdAt;

    /** Joined through self-registration rather than a staff nomination. */
    private boolean selfSignedUp;

    /** Staff member who reviewed a self sign-up; until then the advocate cannot receive benefits. */
    @Size(max = 100)
    private String signUpReviewedBy;

    private Instant signUpReviewedAt;

    /**
     * Last write to the advocate or a collection that bumps their version (languages, products, use cases, blackouts,
     * consents added or removed); what other nodes' matching indexes poll for (ADR 0004).
     */
    private Instant matchingChangedAt;

    protected Advocate() {
    }

    public Advocate(CustomerAccount account, String name, String email, ZoneId timeZone,
                    AdvocateStatus status, Instant createdAt) {
        this.account = account;
        this.name = name;
        setEmail(email);
        setTimeZone(timeZone);
        this.status = status;
        this.createdAt = createdAt;
    }

    public CustomerAccount getAccount() {
        return account;
    }

    public void moveToAccount(CustomerAccount account) {
        this.account = account;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public Persona getPersona() {
        return persona;
    }

    public void setPersona(Persona persona) {
        this.persona = persona;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email == null ? null : email.strip().toLowerCase(Locale.ROOT);
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public Set<String> getLanguages() {
        return languages;
    }

    /** The advocate's own calendar day: rules about "today" (pauses, blackouts, quarters) use it, not the server's. */
    public LocalDate today(Clock clock) {
        return LocalDate.now(clock.withZone(getTimeZone()));
    }

    public ZoneId getTimeZone() {
        return ZoneId.of(timeZone);
    }

    public void setTimeZone(ZoneId timeZone) {
        this.timeZone = timeZone.getId();
    }

    public String getBio() {
        return bio;
    }

    public void setBio(String bio) {
        this.bio = bio;
    }

    public Set<UseCase> getUseCases() {
        return useCases;
    }

    public Set<Product> getProductsUsed() {
        return productsUsed;
    }

    public List<String> getOutcomes() {
        return outcomes;
    }

    public Tier getTier() {
        return tier;
    }

    public void assignTier(Tier tier) {
        this.tier = tier;
    }

    public AdvocateStatus getStatus() {
        return status;
    }

    public void changeStatus(AdvocateStatus status) {
        this.status = status;
    }

    /** Joining makes the advocate askable and starts their first commitment year. */
    public void join(LocalDate on) {
        this.status = AdvocateStatus.ACTIVE;
        this.joinedOn = on;
        this.lastRecommittedOn = on;
        this.lastProfileReviewOn = on;
    }

    public LocalDate getJoinedOn() {
        return joinedOn;
    }

    public LocalDate getLastRecommittedOn() {
        return lastRecommittedOn;
    }

    public void recommitted(LocalDate on) {
        this.lastRecommittedOn = on;
    }

    public LocalDate getLastProfileReviewOn() {
        return lastProfileReviewOn;
    }

    public void profileReviewed(LocalDate on) {
        this.lastProfileReviewOn = on;
    }

    public String getKeycloakUserId() {
        return keycloakUserId;
    }

    public void linkKeycloakUser(String keycloakUserId) {
        this.keycloakUserId = keycloakUserId;
    }

    public Locale getPreferredLocale() {
        return preferredLocale;
    }

    public void setPreferredLocale(Locale preferredLocale) {
        this.preferredLocale = preferredLocale;
    }

    public boolean isEmailBounced() {
        return emailBounced;
    }

    public void markEmailBounced() {
        this.emailBounced = true;
    }

    public LocalDate getPausedUntil() {
        return pausedUntil;
    }

    public void pauseUntil(LocalDate lastPausedDay) {
        this.pausedUntil = lastPausedDay;
    }

    /** The working hours, or {@code null} if none are set or the stored ones break the rule (logged). */
    public WorkingHours getWorkingHours() {
        if (workingHoursStart == null || workingHoursEnd == null) {
            return null;
        }
        try {
            return new WorkingHours(workingHoursStart, workingHoursEnd);
        } catch (IllegalArgumentException broken) {
            LOG.warn("Advocate {} has stored working hours that break the rule, read as none: {}", getId(),
                    broken.getMessage());
            return null;
        }
    }

    public void setWorkingHours(WorkingHours workingHours) {
        this.workingHoursStart = workingHours == null ? null : workingHours.start();
        this.workingHoursEnd = workingHours == null ? null : workingHours.end();
    }

    /** Why this stored row cannot be used by rules that need it, e.g. a time zone no JDK knows; empty if it can. */
    public Optional<String> unreadableBecause() {
        try {
            getTimeZone();
            return Optional.empty();
        } catch (DateTimeException broken) {
            return Optional.of("time zone '" + timeZone + "': " + broken.getMessage());
        }
    }

    public Set<BlackoutPeriod> getBlackouts() {
        return blackouts;
    }

    public Set<ActivityConsent> getConsents() {
        return consents;
    }

    public Optional<ActivityConsent> consentFor(ActivityTypeCode activityType) {
        return consents.stream().filter(consent -> consent.getActivityType() == activityType).findFirst();
    }

    /** Records the advocate's answer for one activity type, replacing an earlier one. */
    public ActivityConsent consent(ActivityTypeCode activityType, boolean willing, int maxAsksPerQuarter,
                                   ContactChannel preferredChannel) {
        var consent = consentFor(activityType).orElseGet(() -> {
            var created = new ActivityConsent(this, activityType);
            consents.add(created);
            return created;
        });
        consent.update(willing, maxAsksPerQuarter, preferredChannel);
        return consent;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    @Override
    public void stampChange(Instant at) {
        this.matchingChangedAt = at;
    }

    public boolean isSelfSignedUp() {
        return selfSignedUp;
    }

    public void markSelfSignedUp() {
        this.selfSignedUp = true;
    }

    /** A self sign-up waits for staff review; staff-nominated advocates were vetted when nominated. */
    public boolean isAwaitingSignUpReview() {
        return selfSignedUp && signUpReviewedBy == null;
    }

    public void signUpReviewed(String reviewer, Instant at) {
        this.signUpReviewedBy = reviewer;
        this.signUpReviewedAt = at;
    }

    public String getSignUpReviewedBy() {
        return signUpReviewedBy;
    }

    public Instant getSignUpReviewedAt() {
        return signUpReviewedAt;
    }

    public String getReportedNewEmployer() {
        return reportedNewEmployer;
    }

    /** The advocate no longer works at their account; they stay on record for staff to follow up. */
    public void leftCompany(String newEmployer) {
        this.status = AdvocateStatus.LEFT_COMPANY;
        this.reportedNewEmployer = newEmployer;
    }

    /**
     * Rule 10: removes everything that identifies the person and leaves the program. What metrics need
     * (account, tier, persona, products, use cases, languages) and the activity history stay.
     *
     * @param placeholderEmail a unique address that can never receive mail, because email is unique and required
     */
    public void withdrawAndAnonymise(String placeholderName, String placeholderEmail) {
        this.status = AdvocateStatus.WITHDRAWN;
        this.name = placeholderName;
        this.email = placeholderEmail;
        this.phone = null;
        this.title = null;
        this.bio = null;
        this.outcomes.clear();
        this.keycloakUserId = null;
        this.preferredLocale = null;
        setWorkingHours(null);
        this.pausedUntil = null;
        this.blackouts.clear();
        this.reportedNewEmployer = null;
    }

    public void profileReviewPrompted(LocalDate on) {
        this.profileReviewPromptedOn = on;
    }

    public LocalDate getProfileReviewPromptedOn() {
        return profileReviewPromptedOn;
    }
}
