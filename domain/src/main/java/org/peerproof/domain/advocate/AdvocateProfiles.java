package org.peerproof.domain.advocate;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.peerproof.domain.access.Roles;
import org.peerproof.domain.access.SignedInUser;
import org.peerproof.domain.account.CustomerAccount;
import org.peerproof.domain.account.CustomerAccountRepository;
import org.peerproof.domain.account.ProductRepository;
import org.peerproof.domain.account.UseCaseRepository;
import org.peerproof.domain.activity.ActivityTypeRepository;
import org.peerproof.domain.audit.AuditTrail;
import org.peerproof.domain.settings.ProgramSettingsRepository;
import org.peerproof.domain.shared.BaseEntity;
import org.peerproof.domain.shared.DomainRuleException;
import org.peerproof.i18n.SupportedLocales;
import org.springframework.data.domain.Limit;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/** The signed-in advocate's own profile: reading, onboarding and editing it, and the periodic review (rule 9). */
@Service
@Validated
public class AdvocateProfiles {

    static final String UPDATED = "advocate.profile-updated";
    static final String REVIEWED = "advocate.profile-reviewed";
    static final String COMPANY_NAMED = "account.named-by-advocate";
    static final String LANGUAGE_CHANGED = "advocate.language-changed";
    static final String TIME_ZONE_FROM_BROWSER = "advocate.time-zone-from-browser";

    private static final Set<String> ISO_LANGUAGES = Set.of(Locale.getISOLanguages());
    private static final Set<String> ISO_COUNTRIES = Set.of(Locale.getISOCountries());

    private final AdvocateSignUpService signUp;
    private final AdvocateRepository advocates;
    private final CustomerAccountRepository accounts;
    private final ProductRepository products;
    private final UseCaseRepository useCases;
    private final ActivityTypeRepository activityTypes;
    private final ProgramSettingsRepository settings;
    private final AuditTrail audit;
    private final Clock clock;

    public AdvocateProfiles(AdvocateSignUpService signUp, AdvocateRepository advocates, CustomerAccountRepository accounts,
                            ProductRepository products, UseCaseRepository useCases,
                            ActivityTypeRepository activityTypes, ProgramSettingsRepository settings,
                            AuditTrail audit, Clock clock) {
        this.signUp = signUp;
        this.advocates = advocates;
        this.accounts = accounts;
        this.products = products;
        this.useCases = useCases;
        this.activityTypes = activityTypes;
        this.settings = settings;
        this.audit = audit;
        this.clock = clock;
    }

    // Not read-only: the first visit of a new advocate creates their record.
    @Transactional
    public AdvocateProfileView mine(SignedInUser user) {
        return AdvocateProfileView.of(signUp.advocateFor(user));
    }

    @Transactional
    public EditableProfile editable(SignedInUser user) {
        var advocate = signUp.advocateFor(user);
        return EditableProfile.of(advocate, needsReview(advocate));
    }

    /** Saves the form as it is (partial saves allowed); nothing is saved when any field is invalid. */
    @Transactional
    public EditableProfile update(SignedInUser user, @NotNull @Valid ProfileForm form) {
        var advocate = signUp.advocateFor(user);
        var timeZone = form.timeZone() == null || form.timeZone().isBlank()
                ? advocate.getTimeZone() : parseTimeZone(form.timeZone());
        requireAll(ISO_LANGUAGES, form.languagesOrEmpty(), "profile.language.unknown");
        var chosenProducts = products.findAllById(form.productIdsOrEmpty());
        requireFound(chosenProducts, form.productIdsOrEmpty(), "profile.product.unknown");
        var chosenUseCases = useCases.findAllById(form.useCaseIdsOrEmpty());
        requireFound(chosenUseCases, form.useCaseIdsOrEmpty(), "profile.useCase.unknown");
        var account = chooseAccount(user, advocate, form);

        advocate.moveToAccount(account);
        advocate.setTitle(blankToNull(form.title()));
        advocate.setPersona(form.persona());
        advocate.setTimeZone(timeZone);
        replace(advocate.getLanguages(), form.languagesOrEmpty());
        replace(advocate.getProductsUsed(), chosenProducts);
        replace(advocate.getUseCases(), chosenUseCases);
        advocate.getOutcomes().clear();
        advocate.getOutcomes().addAll(form.outcomesOrEmpty().stream().map(String::strip).toList());
        advocate.setBio(blankToNull(form.bio()));
        advocate.setPhone(blankToNull(form.phone()));
        audit.record(user.email(), UPDATED, AdvocateSignUpService.AUDIT_ENTITY, advocate.getId(),
                "profileComplete=" + EditableProfile.isComplete(advocate));
        return EditableProfile.of(advocate, needsReview(advocate));
    }

    /**
     * The language the advocate chose for the portal and their emails, if PeerProof offers it. Empty for staff,
     * for a person without an advocate record yet (reading never creates one) and for an unsupported language.
     */
    @Transactional(readOnly = true)
    public Optional<Locale> preferredLocale(SignedInUser user) {
        if (!user.hasRole(Roles.ADVOCATE)) {
            return Optional.empty();
        }
        return advocates.findByKeycloakUserId(user.userId())
                .map(Advocate::getPreferredLocale)
                .map(locale -> SupportedLocales.fromTag(locale.toLanguageTag()));
    }

    /** The language of the portal and of every email to this advocate from now on. */
    @Transactional
    public EditableProfile changeLanguage(SignedInUser user, @NotNull Locale language) {
        var supported = SupportedLocales.fromTag(language.toLanguageTag());
        if (supported == null) {
            throw new DomainRuleException("profile.preferredLanguage.unsupported", language.toLanguageTag());
        }
        var advocate = signUp.advocateFor(user);
        var previous = advocate.getPreferredLocale();
        advocate.setPreferredLocale(supported);
        audit.record(user.email(), LANGUAGE_CHANGED, AdvocateSignUpService.AUDIT_ENTITY, advocate.getId(),
                "from=" + (previous == null ? "" : previous.toLanguageTag()) + " to=" + supported.toLanguageTag());
        return EditableProfile.of(advocate, needsReview(advocate));
    }

    /** Products, use cases and activity types to pick from; companies are found by name instead. */
    @Transactional
    public ProfileOptions options(SignedInUser user) {
        signUp.advocateFor(user);
        return new ProfileOptions(
                products.findAll(Sort.by("name")).stream()
                        .map(product -> new ProfileOptions.Option(product.getId(), product.getName())).toList(),
                useCases.findAll(Sort.by("name")).stream()
                        .map(useCase -> new ProfileOptions.Option(useCase.getId(), useCase.getName())).toList(),
                activityTypes.findAll(Sort.by("code")).stream()
                        .map(type -> new ProfileOptions.ActivityTypeOption(type.getCode(), type.getEffortWeight(),
                                type.isHeavy()))
                        .toList());
    }

    /**
     * Reviewed companies whose name starts with or contains {@code name}, ignoring case and accents, by name only:
     * nothing for fewer than {@value ProfileOptions#COMPANY_SEARCH_MIN_LENGTH} characters and never more than
     * {@value ProfileOptions#COMPANY_SEARCH_MAX_RESULTS}, so the confidential customer list cannot be read out.
     */
    @Transactional(readOnly = true)
    public List<ProfileOptions.Option> findCompanies(SignedInUser user, @Size(max = 200) String name) {
        if (!user.hasRole(Roles.ADVOCATE)) {
            throw new AccessDeniedException("Only advocates search companies for their profile");
        }
        var typed = name == null ? "" : name.strip().toLowerCase(Locale.ROOT);
        if (typed.codePointCount(0, typed.length()) < ProfileOptions.COMPANY_SEARCH_MIN_LENGTH) {
            return List.of();
        }
        var literal = typed.replace("!", "!!").replace("%", "!%").replace("_", "!_");
        return accounts.searchReviewedByName("%" + literal + "%", literal + "%",
                        Limit.of(ProfileOptions.COMPANY_SEARCH_MAX_RESULTS)).stream()
                .map(account -> new ProfileOptions.Option(account.getId(), account.getCompanyName()))
                .toList();
    }

    /**
     * The zone the advocate's browser reports becomes theirs while they have not chosen one (a new advocate has
     * the UTC placeholder), so their day, working hours and mails are right from the first visit; a zone they
     * chose is kept.
     */
    @Transactional
    public EditableProfile useBrowserTimeZoneUnlessChosen(SignedInUser user, @NotNull ZoneId browserZone) {
        var advocate = signUp.advocateFor(user);
        var current = advocate.getTimeZone();
        if (!EditableProfile.isChosen(current) && !current.equals(browserZone)) {
            advocate.setTimeZone(browserZone);
            audit.record(user.email(), TIME_ZONE_FROM_BROWSER, AdvocateSignUpService.AUDIT_ENTITY, advocate.getId(),
                    "from=" + current.getId() + " to=" + browserZone.getId());
        }
        return EditableProfile.of(advocate, needsReview(advocate));
    }

    @Transactional
    public ProfileReviewStatus reviewStatus(SignedInUser user) {
        var advocate = signUp.advocateFor(user);
        return new ProfileReviewStatus(needsReview(advocate), advocate.getLastProfileReviewOn());
    }

    /** "My profile is still correct": starts the review period again. */
    @Transactional
    public ProfileReviewStatus confirmReviewed(SignedInUser user) {
        var advocate = signUp.advocateFor(user);
        advocate.profileReviewed(advocate.today(clock));
        audit.record(user.email(), REVIEWED, AdvocateSignUpService.AUDIT_ENTITY, advocate.getId(), null);
        return new ProfileReviewStatus(needsReview(advocate), advocate.getLastProfileReviewOn());
    }

    private boolean needsReview(Advocate advocate) {
        var today = advocate.today(clock);
        return ProfileRules.needsReview(advocate.getLastProfileReviewOn(), today,
                settings.current().toRules().profileReviewMonths());
    }

    /**
     * An existing reviewed account, the advocate's current one (even while under review), or a new company
     * for staff to review; naming a new company again while the first is under review corrects that one.
     */
    private CustomerAccount chooseAccount(SignedInUser user, Advocate advocate, ProfileForm form) {
        var current = advocate.getAccount();
        if (form.accountId() != null && form.newCompany() != null) {
            throw new DomainRuleException("profile.account.ambiguous");
        }
        if (form.accountId() != null) {
            if (current != null && form.accountId().equals(current.getId())) {
                return current;
            }
            return accounts.findById(form.accountId())
                    .filter(account -> !account.isPendingReview())
                    .orElseThrow(() -> new DomainRuleException("profile.account.unknown", form.accountId()));
        }
        if (form.newCompany() == null) {
            return null;
        }
        var company = form.newCompany();
        if (company.countryCode() != null && !ISO_COUNTRIES.contains(company.countryCode())) {
            throw new DomainRuleException("profile.country.unknown", company.countryCode());
        }
        var named = current != null && current.isPendingReview() ? current
                : CustomerAccount.namedByAdvocate(company.name().strip(), company.industry(), company.sizeBand(),
                company.region(), company.countryCode());
        named.setCompanyName(company.name().strip());
        named.setIndustry(company.industry());
        named.setSizeBand(company.sizeBand());
        named.setRegion(company.region());
        named.setCountryCode(company.countryCode());
        var saved = accounts.save(named);
        audit.record(user.email(), COMPANY_NAMED, "CustomerAccount", saved.getId(), "pendingReview=true");
        return saved;
    }

    private static ZoneId parseTimeZone(String id) {
        try {
            return ZoneId.of(id);
        } catch (DateTimeException invalid) {
            throw new DomainRuleException("profile.timeZone.invalid", id);
        }
    }

    private static void requireAll(Set<String> known, Collection<String> given, String messageKey) {
        var unknown = given.stream().filter(value -> !known.contains(value)).sorted().toList();
        if (!unknown.isEmpty()) {
            throw new DomainRuleException(messageKey, String.join(", ", unknown));
        }
    }

    private static void requireFound(List<? extends BaseEntity> found, Set<Long> ids,
                                     String messageKey) {
        if (found.size() != ids.size()) {
            var missing = new HashSet<>(ids);
            found.forEach(entity -> missing.remove(entity.getId()));
            throw new DomainRuleException(messageKey, Arrays.toString(missing.stream().sorted().toArray()));
        }
    }

    private static <T> void replace(Set<T> target, Collection<T> values) {
        target.clear();
        target.addAll(values);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
