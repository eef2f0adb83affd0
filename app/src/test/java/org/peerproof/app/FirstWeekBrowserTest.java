package org.peerproof.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.peerproof.app.testsupport.KeycloakTestServer.APP_URL;

import com.vaadin.flow.router.Route;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.peerproof.admin.AdminHomeView;
import org.peerproof.admin.advocate.AdvocateDirectoryView;
import org.peerproof.admin.nomination.NominationsView;
import org.peerproof.admin.request.NewRequestView;
import org.peerproof.admin.request.RequestQueueView;
import org.peerproof.app.testsupport.Axe;
import org.peerproof.app.testsupport.HeadlessChromium;
import org.peerproof.app.testsupport.KeycloakTestServer;
import org.peerproof.app.testsupport.PeerProofAppTest;
import org.peerproof.domain.access.Roles;
import org.peerproof.domain.access.SignedInUser;
import org.peerproof.domain.account.CustomerAccount;
import org.peerproof.domain.account.CustomerAccountRepository;
import org.peerproof.domain.account.Industry;
import org.peerproof.domain.account.Region;
import org.peerproof.domain.account.SizeBand;
import org.peerproof.domain.activity.ActivityTypeCode;
import org.peerproof.domain.advocate.AdvocateDirectory;
import org.peerproof.domain.advocate.AdvocatePreferences;
import org.peerproof.domain.advocate.AdvocateProfiles;
import org.peerproof.domain.advocate.AdvocateRepository;
import org.peerproof.domain.advocate.AdvocateSignUpService;
import org.peerproof.domain.advocate.ConsentChoice;
import org.peerproof.domain.advocate.ContactChannel;
import org.peerproof.domain.advocate.DirectoryFilter;
import org.peerproof.domain.advocate.DirectoryRow;
import org.peerproof.domain.advocate.Persona;
import org.peerproof.domain.advocate.PreferencesForm;
import org.peerproof.domain.advocate.ProfileForm;
import org.peerproof.domain.advocate.SignUpReview;
import org.peerproof.domain.ask.AskDispatch;
import org.peerproof.domain.ask.AskRepository;
import org.peerproof.domain.ask.AskResponses;
import org.peerproof.domain.ask.AskStatus;
import org.peerproof.domain.nomination.NominationForm;
import org.peerproof.domain.nomination.NominationRepository;
import org.peerproof.domain.nomination.Nominations;
import org.peerproof.domain.notification.MailTemplate;
import org.peerproof.domain.notification.OutboxMessage;
import org.peerproof.domain.notification.OutboxMessageRepository;
import org.peerproof.domain.request.DealStage;
import org.peerproof.domain.request.ReferenceRequestRepository;
import org.peerproof.domain.request.ReferenceRequests;
import org.peerproof.domain.request.RequestForm;
import org.peerproof.domain.tier.TierAdministration;
import org.peerproof.domain.tier.TierMove;
import org.peerproof.domain.tier.TierRepository;
import org.peerproof.domain.worklist.StaffWorklist;
import org.peerproof.domain.worklist.WorkItem;
import org.peerproof.domain.worklist.WorkKind;
import org.peerproof.i18n.Dates;
import org.peerproof.portal.PortalRoutes;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Issue 13's acceptance: each role's first week, from a person who did not exist before the test (never a demo
 * user). The advocate registers, onboards with a company that is not in the list, is approved, gets the mails,
 * accepts an ask and finds it coming up; a sales rep files a request and follows it to a scheduled call with the
 * advocate's contact details; a customer success manager nominates a contact and sees only their own accounts'
 * advocates; a program manager works the queue of the admin home. Staff steps that are not the role under test go
 * through the domain's services, as the pages would call them. Screenshots land in docs/screenshots/.
 */
@PeerProofAppTest
class FirstWeekBrowserTest {

    private static final SignedInUser PROGRAM_MANAGER = new SignedInUser("pm", "pm@peerproof.test", true, "pm", null,
            Set.of(Roles.PROGRAM_MANAGER));
    private static final SignedInUser SALES = new SignedInUser("sales", "sales@peerproof.test", true, "sales", null,
            Set.of(Roles.SALES));

    @Autowired AdvocateSignUpService signUp;
    @Autowired AdvocateProfiles profiles;
    @Autowired AdvocatePreferences preferences;
    @Autowired SignUpReview signUpReview;
    @Autowired TierAdministration tierAdministration;
    @Autowired TierRepository tiers;
    @Autowired ReferenceRequests requests;
    @Autowired ReferenceRequestRepository requestRecords;
    @Autowired AskDispatch dispatch;
    @Autowired AskResponses responses;
    @Autowired AskRepository asks;
    @Autowired AdvocateRepository advocates;
    @Autowired AdvocateDirectory directory;
    @Autowired CustomerAccountRepository accounts;
    @Autowired Nominations nominations;
    @Autowired NominationRepository nominationRecords;
    @Autowired OutboxMessageRepository outbox;
    @Autowired StaffWorklist worklist;
    @Autowired TransactionTemplate transactions;
    @Autowired Clock clock;

    private final List<HeadlessChromium> browsers = new ArrayList<>();
    private final List<String> keycloakUsers = new ArrayList<>();
    /** Letters only, so it fits every name field Keycloak and the forms accept. */
    private String unique;

    @BeforeEach
    void keycloakIsUp() {
        KeycloakTestServer.requireRunning();
        unique = UUID.randomUUID().toString().replaceAll("[^a-f]", "").concat("abcdefgh").substring(0, 8);
    }

    @AfterEach
    void closeBrowsersAndRemoveTheNewPeople() {
        browsers.forEach(HeadlessChromium::close);
        keycloakUsers.forEach(KeycloakTestServer::deleteUser);
    }

    @Test
    void anAdvocateRegistersOnboardsWithANewCompanyIsApprovedGetsMailsAndAcceptsAnAskTheyThenSeeComingUp() {
        var email = "first-week-advocate-" + unique + "@example.com";
        var name = "Flora Fonseca-" + unique;
        var company = "Lagoa Logistica " + unique;
        var advocate = laptop();
        register(advocate, "Flora", "Fonseca-" + unique, email);
        checked(advocate);
        advocate.saveScreenshot("first-week-advocate-01-registered");

        // Onboarding: their company is not in the list, so they describe it.
        advocate.clickId("complete-profile");
        advocate.waitForId("profile-step");
        advocate.waitForId("profile-company-not-listed").findElement(By.tagName("input")).click();
        typeInto(fieldLabelled(advocate, "vaadin-text-field", "Company name"), company);
        chooseInSelect(advocate, fieldLabelled(advocate, "vaadin-select", "Industry"), "Logistics");
        chooseInSelect(advocate, fieldLabelled(advocate, "vaadin-select", "Company size"), "1-99 employees");
        chooseInSelect(advocate, fieldLabelled(advocate, "vaadin-select", "Region"), "Latin America");
        chooseInComboBox(advocate, fieldLabelled(advocate, "vaadin-combo-box", "Country"), "Brazil");
        checked(advocate);
        advocate.saveScreenshot("first-week-advocate-02-new-company");
        advocate.clickId("wizard-next");
        waitForText(advocate, "profile-step", "Step 2 of 3");
        typeInto(advocate.waitForId("profile-title"), "Head of Fleet Operations");
        chooseInSelect(advocate, advocate.waitForId("profile-persona"), "Operations");
        chooseInComboBox(advocate, advocate.waitForId("profile-languages"), "Portuguese");
        chooseInComboBox(advocate, advocate.waitForId("profile-time-zone"), "America/Sao_Paulo");
        advocate.clickId("wizard-next");
        waitForText(advocate, "profile-step", "Step 3 of 3");
        advocate.clickId("wizard-next");
        advocate.waitForId("portal-welcome");
        var advocateId = advocates.findByEmailIgnoreCase(email).orElseThrow().getId();
        transactions.executeWithoutResult(status -> {
            var account = advocates.findById(advocateId).orElseThrow().getAccount();
            assertThat(account.getCompanyName()).isEqualTo(company);
            assertThat(account.getIndustry()).isEqualTo(Industry.LOGISTICS);
            assertThat(account.getSizeBand()).isEqualTo(SizeBand.SMALL);
            assertThat(account.getRegion()).isEqualTo(Region.LATIN_AMERICA);
            assertThat(account.getCountryCode()).isEqualTo("BR");
        });

        // Reopening the profile shows the company as they described it.
        advocate.driver().get(APP_URL + "/" + PortalRoutes.PROFILE);
        advocate.waitForId("profile-step");
        assertThat(advocate.script("return arguments[0].checked", advocate.waitForId("profile-company-not-listed")))
                .isEqualTo(true);
        assertThat(advocate.script("return arguments[0].value",
                fieldLabelled(advocate, "vaadin-text-field", "Company name"))).isEqualTo(company);
        assertThat(fieldLabelled(advocate, "vaadin-select", "Industry").getText()).contains("Logistics");
        assertThat(fieldLabelled(advocate, "vaadin-select", "Company size").getText()).contains("1-99 employees");
        assertThat(fieldLabelled(advocate, "vaadin-select", "Region").getText()).contains("Latin America");
        assertThat(fieldLabelled(advocate, "vaadin-combo-box", "Country").findElement(By.tagName("input"))
                .getDomProperty("value")).isEqualTo("Brazil");
        checked(advocate);
        advocate.saveScreenshot("first-week-advocate-03-profile-reopened");

        // While under review they say what they would do: logo use, the only activity of the starting tier.
        advocate.driver().get(APP_URL + "/" + PortalRoutes.PREFERENCES);
        advocate.clickId("willing-LOGO_USE");
        advocate.waitForId("max-LOGO_USE");
        advocate.clickId("save-preferences");
        waitUntil(advocate, () -> Boolean.TRUE.equals(transactions.execute(status -> advocates.findById(advocateId)
                .orElseThrow().consentFor(ActivityTypeCode.LOGO_USE).map(consent -> consent.isWilling())
                .orElse(false))));
        assertThat(mailsTo(email)).containsExactly(MailTemplate.WELCOME.name());

        // A program manager approves the sign-up where staff look for it.
        var staff = laptop();
        staff.signInAt(APP_URL + "/" + NominationsView.ROUTE, "pm@peerproof.test");
        staff.waitForId("approve-sign-up-" + advocateId);
        checked(staff);
        staff.clickId("approve-sign-up-" + advocateId);
        waitUntil(staff, () -> advocates.findById(advocateId).orElseThrow().getSignUpReviewedBy() != null);
        waitUntil(staff, () -> !staff.waitForId("pending-sign-ups").getText().contains(email));
        staff.saveScreenshot("first-week-advocate-04-sign-up-approved");
        transactions.executeWithoutResult(status -> {
            var approved = advocates.findById(advocateId).orElseThrow();
            assertThat(approved.getSignUpReviewedBy()).isEqualTo("pm@peerproof.test");
            assertThat(approved.getTier().getRank()).isEqualTo(3);
        });
        assertThat(mailsTo(email)).containsExactly(MailTemplate.WELCOME.name(), MailTemplate.SIGN_UP_APPROVED.name());

        // Sales ask for a logo from a company like theirs; the program manager finds them on the match page and asks.
        var prospect = "Porto Cargas " + unique;
        var requestId = requests.file(SALES, new RequestForm("OPP-FIRST-WEEK-" + unique.toUpperCase(Locale.ROOT),
                prospect, Industry.LOGISTICS, SizeBand.SMALL, Region.LATIN_AMERICA, Set.of(), null, Persona.OPERATIONS,
                "pt", DealStage.EVALUATION, null, ActivityTypeCode.LOGO_USE, todayUtc().plusDays(10), null));
        staff.driver().get(APP_URL + "/" + RequestQueueView.ROUTE + "/" + requestId + "/match");
        var candidates = staff.waitForId("match-candidates");
        new WebDriverWait(staff.driver(), Duration.ofSeconds(30)).ignoring(WebDriverException.class)
                .until(driver -> candidates.getText().contains(name));
        checked(staff);
        staff.saveScreenshot("first-week-advocate-05-match");
        new WebDriverWait(staff.driver(), Duration.ofSeconds(30)).ignoring(WebDriverException.class)
                .until(driver -> {
                    selectionCheckboxOf(staff, candidates, name).click();
                    return true;
                });
        staff.clickId("ask-selected");
        waitUntil(staff, () -> !asks.findByRequestWithAdvocates(requestId).isEmpty());
        var askId = asks.findByRequestWithAdvocates(requestId).getFirst().getId();
        assertThat(mailsTo(email)).endsWith(MailTemplate.ASK_NEW.name());

        // The advocate accepts and finds the ask coming up, with the brief.
        advocate.driver().get(APP_URL + "/" + PortalRoutes.ASKS);
        advocate.waitForId("accept-" + askId);
        checked(advocate);
        advocate.saveScreenshot("first-week-advocate-06-ask");
        advocate.clickId("accept-" + askId);
        waitUntil(advocate, () -> asks.findById(askId).orElseThrow().getStatus() == AskStatus.ACCEPTED);
        waitForText(advocate, "upcoming-asks", prospect);
        assertThat(advocate.waitForId("upcoming-asks").getText()).contains("Logo use", prospect, "Logistics",
                "Latin America", "Evaluation", "sales@peerproof.test");
        checked(advocate);
        advocate.saveScreenshot("first-week-advocate-07-ask-upcoming");
        assertThat(mailsTo(email)).containsExactly(MailTemplate.WELCOME.name(), MailTemplate.SIGN_UP_APPROVED.name(),
                MailTemplate.ASK_NEW.name(), MailTemplate.ASK_ACCEPTED.name());

        // Approved, their company is in the program: the profile shows it as theirs.
        advocate.driver().get(APP_URL + "/" + PortalRoutes.PROFILE);
        assertThat(advocate.waitForId("profile-company").findElement(By.tagName("input")).getDomProperty("value"))
                .isEqualTo(company);
    }

    @Test
    void aNewSalesRepFilesARequestAndFollowsItToAScheduledCallWithTheAdvocatesContactDetails() {
        var email = "first-week-sales-" + unique + "@example.com";
        newStaffMember(email, Roles.SALES);
        var opportunityId = "OPP-FW-SALES-" + unique.toUpperCase(Locale.ROOT);
        var salesZone = ZoneId.of("America/New_York");
        var sales = laptop();
        sales.driver().executeCdpCommand("Emulation.setTimezoneOverride", Map.of("timezoneId", salesZone.getId()));
        sales.signInAt(APP_URL + "/" + NewRequestView.ROUTE, email);
        type(sales, "opportunity-id", opportunityId);
        type(sales, "prospect-company", "Harbor Health " + unique);
        choose(sales, "industry", "Healthcare");
        choose(sales, "size-band", "1,000-4,999 employees");
        choose(sales, "region", "North America");
        choose(sales, "deal-stage", "Evaluation");
        assertThat(sales.waitForId("activity-type").findElement(By.tagName("input")).getDomProperty("value"))
                .isEqualTo("Reference call (30+ min)");
        checked(sales);
        sales.saveScreenshot("first-week-sales-01-new-request");
        sales.clickId("file-request");
        waitForText(sales, "request-summary", opportunityId);
        assertThat(sales.waitForId("request-status").getText()).isEqualTo("New");
        checked(sales);
        sales.saveScreenshot("first-week-sales-02-filed");
        var filed = requestRecords.findByRequestedByIgnoreCaseOrderByNeededByAsc(email);
        assertThat(filed).singleElement().satisfies(request -> assertThat(request.getOpportunityId())
                .isEqualTo(opportunityId));
        var requestId = filed.getFirst().getId();

        // The program team asks an advocate who takes reference calls; the advocate accepts.
        var advocateEmail = "first-week-caller-" + unique + "@example.com";
        var advocate = anAdvocateForReferenceCalls(advocateEmail, "Tomas Teixeira-" + unique, "+351 21 555 0100");
        var askId = dispatch.ask(PROGRAM_MANAGER, requestId, List.of(advocate.advocateId())).getFirst();
        responses.accept(advocate.user(), askId);

        // The sales rep sees it accepted in their queue, opens it, and reads whom to contact and how.
        sales.driver().get(APP_URL + "/" + RequestQueueView.ROUTE);
        waitForText(sales, "request-queue", opportunityId);
        waitForText(sales, "request-queue", "Accepted: call to schedule");
        checked(sales);
        sales.saveScreenshot("first-week-sales-03-queue-accepted");
        sales.clickId("open-" + opportunityId + "-" + requestId);
        waitForText(sales, "request-status", "Accepted: call to schedule");
        assertThat(sales.waitForId("contact-" + askId).getText())
                .contains("Tomas Teixeira-" + unique, "Head of Partnerships");
        assertThat(sales.waitForId("contact-email-" + askId).getText()).contains(advocateEmail);
        assertThat(sales.waitForId("contact-phone-" + askId).getText()).contains("+351 21 555 0100", "(preferred)");
        checked(sales);
        sales.saveScreenshot("first-week-sales-04-contact");

        // They agree a time with the advocate and enter it.
        var callAt = LocalDate.now(clock.withZone(salesZone)).plusDays(3).atTime(LocalTime.of(10, 0));
        sales.clickId("schedule-call-" + askId);
        // The dialog is checked before typing: a picker's open dropdown is Vaadin's own overlay, not the page.
        checked(sales);
        // Typed as the English pages show dates and times: the date, then the time.
        var inputs = sales.waitForId("schedule-at").findElements(By.tagName("input"));
        inputs.get(0).sendKeys(callAt.format(DateTimeFormatter.ofPattern("M/d/yyyy", Locale.US)), Keys.ENTER);
        inputs.get(1).sendKeys(callAt.format(DateTimeFormatter.ofPattern("h:mm a", Locale.US)), Keys.ENTER);
        sales.waitUntilVaadinIsIdle();
        sales.saveScreenshot("first-week-sales-05-set-call-time");
        sales.clickId("save-schedule");
        waitForText(sales, "request-status", "Call scheduled");
        var scheduledAt = callAt.atZone(salesZone).toInstant();
        assertThat(asks.findById(askId).orElseThrow().getScheduledAt()).isEqualTo(scheduledAt);
        assertThat(sales.waitForId("contact-call-time-" + askId).getText()).contains(
                Dates.dateTime(scheduledAt, salesZone, Locale.ENGLISH),
                Dates.dateTime(scheduledAt, ZoneId.of("Europe/Lisbon"), Locale.ENGLISH));
        checked(sales);
        sales.saveScreenshot("first-week-sales-06-scheduled");
    }

    @Test
    void aNewCustomerSuccessManagerNominatesAContactAndTheDirectoryShowsOnlyTheirAccounts() {
        var email = "first-week-csm-" + unique + "@example.com";
        newStaffMember(email, Roles.CSM);
        var freight = ownedAccount("Zephyr Freight " + unique, email);
        var clinics = ownedAccount("Zephyr Clinics " + unique, email);
        var csm = laptop();
        csm.signInAt(APP_URL + "/" + NominationsView.ROUTE, email);
        var accountPicker = csm.waitForId("nomination-account");
        checked(csm);
        assertThat(optionsOf(csm, accountPicker)).containsExactlyInAnyOrder(freight.getCompanyName(),
                clinics.getCompanyName());

        var nomineeEmail = "nina." + unique + "@zephyr-freight.example";
        type(csm, "nomination-name", "Nina Nunes-" + unique);
        type(csm, "nomination-email", nomineeEmail);
        chooseInComboBox(csm, accountPicker, freight.getCompanyName());
        csm.waitForId("nomination-reason").findElement(By.tagName("textarea"))
                .sendKeys("Rolled the new routing out to forty depots and shows it to every visitor.");
        csm.saveScreenshot("first-week-csm-01-nomination");
        csm.clickId("nomination-submit");
        waitForText(csm, "nominations-grid", nomineeEmail);
        checked(csm);
        csm.saveScreenshot("first-week-csm-02-nominated");
        var nominee = advocates.findByEmailIgnoreCase(nomineeEmail).orElseThrow();
        assertThat(nominationRecords.findByNomineeIdOrderByCreatedAtDesc(nominee.getId()).getFirst().getNominatedBy())
                .isEqualTo(email);
        // A second contact, at their other account, nominated the same way.
        var csmUser = new SignedInUser("kc-" + email, email, true, "New csm", null, Set.of(Roles.CSM));
        nominations.nominate(csmUser, new NominationForm("Carla Costa-" + unique, "carla." + unique
                + "@zephyr-clinics.example", null, null, clinics.getId(), "Speaks at every user group.", false));

        csm.driver().get(APP_URL + "/" + AdvocateDirectoryView.ROUTE);
        var theirs = directory.page(csmUser, DirectoryFilter.NONE, 0, 100, List.of());
        assertThat(theirs).extracting(DirectoryRow::relationshipOwner).containsOnly(email);
        assertThat(theirs).extracting(DirectoryRow::name)
                .containsExactlyInAnyOrder("Nina Nunes-" + unique, "Carla Costa-" + unique);
        assertThat(advocates.count()).isGreaterThan(theirs.size());
        waitForText(csm, "directory-total", theirs.size() + " ");
        assertThat(csm.waitForId("directory-total").getText()).startsWith(theirs.size() + " ");
        waitForText(csm, "directory-grid", "Nina Nunes-" + unique);
        waitForText(csm, "directory-grid", "Carla Costa-" + unique);
        checked(csm);
        csm.saveScreenshot("first-week-csm-03-directory-own-accounts");
    }

    @Test
    void aNewProgramManagerWorksTheAdminHomesQueue() {
        var email = "first-week-pm-" + unique + "@example.com";
        newStaffMember(email, Roles.PROGRAM_MANAGER);
        var programManager = new SignedInUser("kc-" + email, email, true, "New program-manager", null,
                Set.of(Roles.PROGRAM_MANAGER));
        var before = worklist.today(programManager);

        // Someone signs up on their own, and sales need a reference by tomorrow.
        var newcomerEmail = "first-week-newcomer-" + unique + "@example.com";
        var newcomer = signUp.advocateFor(new SignedInUser("kc-" + newcomerEmail, newcomerEmail, true,
                "Nadia Newcomer-" + unique, Locale.ENGLISH, Set.of(Roles.ADVOCATE))).getId();
        var opportunityId = "OPP-FW-DUE-" + unique.toUpperCase(Locale.ROOT);
        var dueRequest = requests.file(SALES, new RequestForm(opportunityId, "Quayside Retail " + unique,
                Industry.RETAIL, SizeBand.MID_MARKET, Region.EMEA, Set.of(), null, null, null, DealStage.NEGOTIATION,
                null, ActivityTypeCode.REFERENCE_CALL_15, todayUtc().plusDays(1), null));
        var after = worklist.today(programManager);
        assertThat(item(after, WorkKind.SIGN_UPS_TO_REVIEW).count())
                .isEqualTo(item(before, WorkKind.SIGN_UPS_TO_REVIEW).count() + 1);
        assertThat(item(after, WorkKind.REQUESTS_DUE).count()).isEqualTo(item(before, WorkKind.REQUESTS_DUE).count() + 1);

        var pm = laptop();
        pm.signInAt(APP_URL + "/" + AdminHomeView.class.getAnnotation(Route.class).value(),
                email);
        assertThat(pm.waitForId("work-sign-ups-to-review-count").getText())
                .isEqualTo(String.valueOf(item(after, WorkKind.SIGN_UPS_TO_REVIEW).count()));
        assertThat(pm.waitForId("work-requests-due-count").getText())
                .isEqualTo(String.valueOf(item(after, WorkKind.REQUESTS_DUE).count()));
        // The most urgent rows of each kind, as the worklist orders them; the new ones among them when they are.
        for (var kind : List.of(WorkKind.SIGN_UPS_TO_REVIEW, WorkKind.REQUESTS_DUE)) {
            for (var row : item(after, kind).first()) {
                assertThat(pm.waitForId(rowId(kind, row.id())).getText()).startsWith(row.subject());
            }
        }
        if (item(after, WorkKind.SIGN_UPS_TO_REVIEW).first().stream().anyMatch(row -> row.id().equals(newcomer))) {
            assertThat(pm.waitForId(rowId(WorkKind.SIGN_UPS_TO_REVIEW, newcomer)).getText())
                    .startsWith("Nadia Newcomer-" + unique);
        }
        if (item(after, WorkKind.REQUESTS_DUE).first().stream().anyMatch(row -> row.id().equals(dueRequest))) {
            assertThat(pm.waitForId(rowId(WorkKind.REQUESTS_DUE, dueRequest)).getText()).contains(opportunityId);
        }
        checked(pm);
        pm.saveScreenshot("first-week-pm-01-admin-home");

        // The sign-up link leads to where sign-ups are reviewed; the program manager approves the newcomer.
        pm.clickId("work-sign-ups-to-review-open");
        waitUntil(pm, () -> pm.driver().getCurrentUrl().endsWith("/" + NominationsView.ROUTE));
        pm.waitForId("approve-sign-up-" + newcomer);
        checked(pm);
        pm.clickId("approve-sign-up-" + newcomer);
        waitUntil(pm, () -> advocates.findById(newcomer).orElseThrow().getSignUpReviewedBy() != null);
        waitUntil(pm, () -> !pm.waitForId("pending-sign-ups").getText().contains(newcomerEmail));
        assertThat(advocates.findById(newcomer).orElseThrow().getSignUpReviewedBy()).isEqualTo(email);
        pm.saveScreenshot("first-week-pm-02-sign-up-approved");

        // Back on the home, one sign-up fewer waits.
        pm.driver().navigate().back();
        waitForText(pm, "work-sign-ups-to-review-count",
                String.valueOf(item(after, WorkKind.SIGN_UPS_TO_REVIEW).count() - 1));
        assertThat(pm.driver().findElements(By.id(rowId(WorkKind.SIGN_UPS_TO_REVIEW, newcomer)))).isEmpty();
        checked(pm);
        pm.saveScreenshot("first-week-pm-03-admin-home-after");
    }

    /** An advocate who signed up, named their company, was approved, moved to tier 2 and takes 30-minute calls. */
    private NewAdvocate anAdvocateForReferenceCalls(String email, String name, String phone) {
        var user = new SignedInUser("kc-" + email, email, true, name, Locale.ENGLISH, Set.of(Roles.ADVOCATE));
        var advocateId = signUp.advocateFor(user).getId();
        var account = accounts.findByPendingReviewFalseOrderByCompanyNameAsc().getFirst();
        profiles.update(user, new ProfileForm("Head of Partnerships", Persona.EXECUTIVE, account.getId(), null,
                Set.of("en", "pt"), "Europe/Lisbon", Set.of(), Set.of(), List.of(), null, phone));
        signUpReview.approve(PROGRAM_MANAGER, advocateId);
        tierAdministration.moveAdvocate(PROGRAM_MANAGER, new TierMove(advocateId,
                tiers.findByRank(2).orElseThrow().getId(), "Happy to take reference calls."));
        preferences.update(user, new PreferencesForm(List.of(
                new ConsentChoice(ActivityTypeCode.REFERENCE_CALL_30, true, 2, ContactChannel.PHONE))));
        return new NewAdvocate(advocateId, user);
    }

    private record NewAdvocate(Long advocateId, SignedInUser user) {
    }

    private CustomerAccount ownedAccount(String companyName, String owner) {
        var account = new CustomerAccount(companyName, Industry.LOGISTICS, SizeBand.MID_MARKET, Region.EMEA);
        account.setRelationshipOwner(owner);
        return accounts.save(account);
    }

    private void newStaffMember(String email, String role) {
        KeycloakTestServer.createUser(email, KeycloakTestServer.DEMO_PASSWORD, role);
        keycloakUsers.add(email);
    }

    private List<String> mailsTo(String email) {
        return outbox.findByRecipientOrderByCreatedAtAsc(email).stream().map(OutboxMessage::getTemplate).toList();
    }

    private LocalDate todayUtc() {
        return LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
    }

    private static WorkItem item(List<WorkItem> items, WorkKind kind) {
        return items.stream().filter(item -> item.kind() == kind).findFirst().orElseThrow();
    }

    private static String rowId(WorkKind kind, Long id) {
        return "work-" + kind.name().toLowerCase(Locale.ROOT).replace('_', '-') + "-" + id;
    }

    private HeadlessChromium laptop() {
        var browser = new HeadlessChromium(1440, 900);
        browsers.add(browser);
        return browser;
    }

    /** Keycloak's registration page, reached from the sign-in page the portal leads to. */
    private void register(HeadlessChromium browser, String firstName, String lastName, String email) {
        browser.driver().get(APP_URL + "/" + PortalRoutes.HOME);
        browser.waitForId("kc-registration").findElement(By.tagName("a")).click();
        browser.waitForId("firstName").sendKeys(firstName);
        browser.waitForId("lastName").sendKeys(lastName);
        browser.waitForId("email").sendKeys(email);
        browser.waitForId("password").sendKeys("Str0ng-enough");
        browser.waitForId("password-confirm").sendKeys("Str0ng-enough");
        browser.driver().findElement(By.cssSelector("#kc-register-form [type=submit]")).click();
        keycloakUsers.add(email);
        browser.waitForId("portal-welcome");
    }

    /** The page has settled, and axe finds nothing that fails it. */
    private static void checked(HeadlessChromium browser) {
        browser.waitForId("main-content");
        browser.waitUntilVaadinIsIdle();
        Axe.assertAccessible(browser.driver());
    }

    /** The visible field of this kind whose label reads {@code label}, as a person finds it. */
    private static WebElement fieldLabelled(HeadlessChromium browser, String tag, String label) {
        return new WebDriverWait(browser.driver(), Duration.ofSeconds(15)).until(driver -> (WebElement) browser.script(
                "return [...document.querySelectorAll(arguments[0])]"
                        + ".find(field => field.label === arguments[1] && field.offsetParent !== null) || null",
                tag, label));
    }

    private static void typeInto(WebElement field, String text) {
        field.findElement(By.tagName("input")).sendKeys(text);
    }

    private static void type(HeadlessChromium browser, String id, String text) {
        typeInto(browser.waitForId(id), text);
    }

    /** Types into a combo box and picks the first option that matches, as a fast typist would. */
    private static void choose(HeadlessChromium browser, String id, String text) {
        var input = browser.waitForId(id).findElement(By.tagName("input"));
        input.click();
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), text);
        new WebDriverWait(browser.driver(), Duration.ofSeconds(15)).until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("#" + id + " [role=option]:not([hidden])")));
        input.sendKeys(Keys.ARROW_DOWN, Keys.ENTER, Keys.TAB);
    }

    /** Types the start of an option into the combo box and clicks the option it then offers. */
    private static void chooseInComboBox(HeadlessChromium browser, WebElement box, String text) {
        var input = box.findElement(By.tagName("input"));
        browser.script("arguments[0].scrollIntoView({block: 'center'})", input);
        input.click();
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), text);
        // The combo box renders its options inside itself; the unfiltered list may still show for a moment.
        var option = new WebDriverWait(browser.driver(), Duration.ofSeconds(15))
                .ignoring(WebDriverException.class)
                .until(driver -> box.findElements(By.cssSelector("[role=option]:not([hidden])")).stream()
                        .filter(candidate -> candidate.getText().strip().startsWith(text))
                        .findFirst().orElse(null));
        option.click();
        input.sendKeys(Keys.TAB);
    }

    /** Every option the combo box offers before anything is typed. */
    private static List<String> optionsOf(HeadlessChromium browser, WebElement box) {
        var input = box.findElement(By.tagName("input"));
        input.click();
        input.sendKeys(Keys.ARROW_DOWN);
        var options = new WebDriverWait(browser.driver(), Duration.ofSeconds(15))
                .ignoring(WebDriverException.class)
                .until(driver -> {
                    var shown = box.findElements(By.cssSelector("[role=option]:not([hidden])")).stream()
                            .map(option -> option.getText().strip()).filter(text -> !text.isEmpty()).toList();
                    return shown.isEmpty() ? null : shown;
                });
        input.sendKeys(Keys.ESCAPE);
        return options;
    }

    private static void chooseInSelect(HeadlessChromium browser, WebElement select, String itemText) {
        // Opened the way Vaadin's own test tools open it; the item is then clicked like a person would.
        browser.script("arguments[0].opened = true", select);
        var item = new WebDriverWait(browser.driver(), Duration.ofSeconds(15))
                .ignoring(WebDriverException.class)
                .until(driver -> driver.findElements(By.tagName("vaadin-select-item")).stream()
                        .filter(candidate -> candidate.isDisplayed() && candidate.getText().strip().equals(itemText))
                        .findFirst().orElse(null));
        item.click();
    }

    /** The selection checkbox in the grid row whose cell reads {@code text}. */
    private static WebElement selectionCheckboxOf(HeadlessChromium browser, WebElement grid, String text) {
        return (WebElement) browser.script("""
                const content = [...arguments[0].querySelectorAll('vaadin-grid-cell-content')]
                    .find(cell => cell.textContent.trim() === arguments[1]);
                const row = content.assignedSlot.closest('tr');
                const selectCell = row.querySelector('td slot').assignedElements()[0];
                return selectCell.querySelector('vaadin-checkbox');""", grid, text);
    }

    /** Waits until the element reads {@code text}, looked at as a person would: scrolled into the window. */
    private static void waitForText(HeadlessChromium browser, String id, String text) {
        new WebDriverWait(browser.driver(), Duration.ofSeconds(30)).ignoring(WebDriverException.class)
                .until(driver -> {
                    var element = driver.findElement(By.id(id));
                    browser.script("arguments[0].scrollIntoView({block: 'center'})", element);
                    return element.getText().contains(text);
                });
    }

    private static void waitUntil(HeadlessChromium browser, BooleanSupplier condition) {
        new WebDriverWait(browser.driver(), Duration.ofSeconds(20)).until(driver -> condition.getAsBoolean());
    }
}
