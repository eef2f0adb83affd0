package org.peerproof.portal.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.peerproof.domain.access.SignedInUser;
import org.peerproof.domain.activity.ActivityHistory;
import org.peerproof.domain.activity.AdvocateActivities;
import org.peerproof.domain.advocate.AdvocateAvailability;
import org.peerproof.domain.advocate.AdvocatePreferences;
import org.peerproof.domain.advocate.AdvocateProfiles;
import org.peerproof.domain.advocate.AvailabilityForm;
import org.peerproof.domain.advocate.AvailabilityView;
import org.peerproof.domain.advocate.BlackoutForm;
import org.peerproof.domain.advocate.EditableProfile;
import org.peerproof.domain.advocate.LanguageForm;
import org.peerproof.domain.advocate.PreferencesForm;
import org.peerproof.domain.advocate.PreferencesView;
import org.peerproof.domain.advocate.ProfileForm;
import org.peerproof.domain.advocate.ProfileOptions;
import org.peerproof.domain.advocate.ProfileReviewStatus;
import org.peerproof.domain.membership.AdvocateMembership;
import org.peerproof.domain.membership.JobChangeForm;
import org.peerproof.domain.privacy.AdvocateDataExport;
import org.peerproof.domain.privacy.AdvocateDataExports;
import org.peerproof.domain.reward.AdvocateRewards;
import org.peerproof.domain.reward.AdvocateRewardsView;
import org.peerproof.domain.shared.PageCursor;
import org.peerproof.ui.api.NextPageLink;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The signed-in advocate's own profile, preferences, availability, history, rewards and data (role advocate; see
 * the API security chain). Every call works on the advocate behind the token, never on an id from the request.
 */
@RestController
@RequestMapping("/api/v1/me")
@Validated
class AdvocateApiController {

    private final AdvocateProfiles profiles;
    private final AdvocatePreferences preferences;
    private final AdvocateAvailability availability;
    private final AdvocateActivities activities;
    private final AdvocateRewards rewards;
    private final AdvocateDataExports exports;
    private final AdvocateMembership membership;

    AdvocateApiController(AdvocateProfiles profiles, AdvocatePreferences preferences,
                          AdvocateAvailability availability, AdvocateActivities activities, AdvocateRewards rewards,
                          AdvocateDataExports exports, AdvocateMembership membership) {
        this.profiles = profiles;
        this.preferences = preferences;
        this.availability = availability;
        this.activities = activities;
        this.rewards = rewards;
        this.exports = exports;
        this.membership = membership;
    }

    @GetMapping
    EditableProfile profile(Authentication authentication) {
        return profiles.editable(SignedInUser.of(authentication));
    }

    /** Replaces the editable fields; empty fields are cleared, so onboarding can be saved half done. */
    @PutMapping
    EditableProfile updateProfile(@Valid @RequestBody ProfileForm form, Authentication authentication) {
        return profiles.update(SignedInUser.of(authentication), form);
    }

    /** The language of the portal and of this advocate's emails; 422 for a language PeerProof does not offer. */
    @PutMapping("/language")
    EditableProfile changeLanguage(@Valid @RequestBody LanguageForm form, Authentication authentication) {
        return profiles.changeLanguage(SignedInUser.of(authentication), Locale.forLanguageTag(form.language()));
    }

    @GetMapping("/options")
    ProfileOptions options(Authentication authentication) {
        return profiles.options(SignedInUser.of(authentication));
    }

    /**
     * Reviewed companies whose name starts with or contains {@code name} (case and accents ignored): none for fewer
     * than three characters, at most five. The vendor's customer list is confidential and never listed whole, so
     * this list has no further pages (issue 15 pages the others).
     */
    @GetMapping("/companies")
    List<ProfileOptions.Option> companies(@RequestParam(required = false) String name,
                                          Authentication authentication) {
        return profiles.findCompanies(SignedInUser.of(authentication), name);
    }

    @PostMapping("/profile-review")
    ProfileReviewStatus confirmProfileReviewed(Authentication authentication) {
        return profiles.confirmReviewed(SignedInUser.of(authentication));
    }

    @GetMapping("/preferences")
    PreferencesView preferences(Authentication authentication) {
        return preferences.mine(SignedInUser.of(authentication));
    }

    @PutMapping("/preferences")
    PreferencesView updatePreferences(@Valid @RequestBody PreferencesForm form, Authentication authentication) {
        return preferences.update(SignedInUser.of(authentication), form);
    }

    @GetMapping("/availability")
    AvailabilityView availability(Authentication authentication) {
        return availability.mine(SignedInUser.of(authentication));
    }

    @PutMapping("/availability")
    AvailabilityView updateAvailability(@Valid @RequestBody AvailabilityForm form, Authentication authentication) {
        return availability.update(SignedInUser.of(authentication), form);
    }

    @PostMapping("/availability/blackouts")
    @ResponseStatus(HttpStatus.CREATED)
    AvailabilityView addBlackout(@Valid @RequestBody BlackoutForm form, Authentication authentication) {
        return availability.addBlackout(SignedInUser.of(authentication), form);
    }

    /** A blackout is identified by its first day (blackouts never overlap), e.g. DELETE .../blackouts/2026-08-01. */
    @DeleteMapping("/availability/blackouts/{startDate}")
    AvailabilityView removeBlackout(@PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate startDate,
                                    Authentication authentication) {
        return availability.removeBlackout(SignedInUser.of(authentication), startDate);
    }

    @GetMapping("/history")
    @Operation(summary = "One page of the caller's activities, per quarter", description = "Newest first, grouped "
            + "per quarter (newest quarter first), with the commitment year's progress on every page. Up to limit "
            + "activities (1 to " + PageCursor.MAX_LIMIT + ", default 50); a quarter may continue on "
            + "the next page, and its totalEffort is always the whole quarter's. When more follow, the Link header "
            + "names the next page (rel=\"next\"), whose cursor parameter continues after this one.")
    @ApiResponse(responseCode = "200", description = "The page", headers = @Header(name = HttpHeaders.LINK,
            description = NextPageLink.DESCRIPTION))
    @ApiResponse(responseCode = "400", description = "limit is out of range or cursor is not one this list made")
    ResponseEntity<ActivityHistory> history(
            @RequestParam(defaultValue = "50") @Min(1) @Max(PageCursor.MAX_LIMIT) int limit,
            @RequestParam(required = false) PageCursor cursor, Authentication authentication) {
        return NextPageLink.answer(activities.page(SignedInUser.of(authentication), Optional.ofNullable(cursor),
                limit));
    }

    @GetMapping("/rewards")
    @Operation(summary = "One page of the caller's benefit grants, with their tier and the next", description = "Grants "
            + "newest first, up to limit (1 to " + PageCursor.MAX_LIMIT + ", default 50); tier and nextTier "
            + "on every page. When more follow, the Link header names the next page (rel=\"next\"), whose cursor "
            + "parameter continues after this one.")
    @ApiResponse(responseCode = "200", description = "The page", headers = @Header(name = HttpHeaders.LINK,
            description = NextPageLink.DESCRIPTION))
    @ApiResponse(responseCode = "400", description = "limit is out of range or cursor is not one this list made")
    ResponseEntity<AdvocateRewardsView> rewards(
            @RequestParam(defaultValue = "50") @Min(1) @Max(PageCursor.MAX_LIMIT) int limit,
            @RequestParam(required = false) PageCursor cursor, Authentication authentication) {
        return NextPageLink.answer(rewards.page(SignedInUser.of(authentication), Optional.ofNullable(cursor), limit));
    }

    /** Rule 10: everything held about the advocate, as a JSON file to keep. */
    @GetMapping(value = "/export", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<AdvocateDataExport> export(Authentication authentication) {
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename("peerproof-my-data.json").build().toString())
                .body(exports.export(SignedInUser.of(authentication)));
    }

    /** Rule 10: anonymises the profile and leaves the program; the token's user has no profile afterwards. */
    @PostMapping("/withdraw")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void withdraw(Authentication authentication) {
        membership.withdraw(SignedInUser.of(authentication));
    }

    @PostMapping("/job-change")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void reportJobChange(@Valid @RequestBody JobChangeForm form, Authentication authentication) {
        membership.reportJobChange(SignedInUser.of(authentication), form);
    }
}
