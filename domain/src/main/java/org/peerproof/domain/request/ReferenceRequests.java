package org.peerproof.domain.request;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.Optional;
import org.peerproof.domain.access.Roles;
import org.peerproof.domain.access.SignedInUser;
import org.peerproof.domain.account.Product;
import org.peerproof.domain.account.ProductRepository;
import org.peerproof.domain.account.UseCase;
import org.peerproof.domain.account.UseCaseRepository;
import org.peerproof.domain.advocate.ActivityConsent;
import org.peerproof.domain.ask.Ask;
import org.peerproof.domain.ask.AskRepository;
import org.peerproof.domain.ask.AskStatus;
import org.peerproof.domain.audit.AuditTrail;
import org.peerproof.domain.shared.DomainRuleException;
import org.peerproof.domain.shared.RecordNotFoundException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/** Filing reference requests (sales, program managers, admins) and reading one with its asks. */
@Service
@Validated
public class ReferenceRequests {

    static final String AUDIT_ENTITY = "ReferenceRequest";
    static final String FILED = "request.filed";

    private final ReferenceRequestRepository requests;
    private final VisibleRequests visible;
    private final ProductRepository products;
    private final UseCaseRepository useCases;
    private final AskRepository asks;
    private final AuditTrail audit;
    private final Clock clock;

    public ReferenceRequests(ReferenceRequestRepository requests, VisibleRequests visible, ProductRepository products,
                             UseCaseRepository useCases, AskRepository asks, AuditTrail audit, Clock clock) {
        this.requests = requests;
        this.visible = visible;
        this.products = products;
        this.useCases = useCases;
        this.asks = asks;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Files a new request in status NEW, owned by the user. The needed-by date may be today but not earlier
     * (in UTC, the application's calendar for requests).
     *
     * @return the new request's id
     */
    @Transactional
    public Long file(SignedInUser user, @NotNull @Valid RequestForm form) {
        mayFile(user);
        var now = Instant.now(clock);
        if (form.neededBy().isBefore(LocalDate.ofInstant(now, ZoneOffset.UTC))) {
            throw new DomainRuleException("request.neededBy.past");
        }
        var request = new ReferenceRequest(form.opportunityId().strip(), form.prospectCompany().strip(),
                form.prospectIndustry(), form.sizeBand(), form.region(), form.dealStage(), form.activityType(),
                form.neededBy(), user.email(), now);
        for (var productId : form.productIds()) {
            request.getProducts().add(products.findById(productId)
                    .orElseThrow(() -> new RecordNotFoundException("request.product.notFound", productId)));
        }
        if (form.useCaseId() != null) {
            request.setUseCase(useCases.findById(form.useCaseId())
                    .orElseThrow(() -> new RecordNotFoundException("request.useCase.notFound", form.useCaseId())));
        }
        request.setPreferredPersona(form.preferredPersona());
        request.setLanguageCode(blankToNull(form.languageCode()));
        request.setDealAmount(form.dealAmount());
        request.setNotes(blankToNull(form.notes()));
        var saved = requests.save(request);
        audit.record(user.email(), FILED, AUDIT_ENTITY, saved.getId(), "opportunity=" + saved.getOpportunityId());
        return saved.getId();
    }

    /** The prospect data of the user's own latest request for this opportunity, if they filed one. */
    @Transactional(readOnly = true)
    public Optional<RequestPrefill> prefill(SignedInUser user, String opportunityId) {
        mayFile(user);
        if (opportunityId == null || opportunityId.isBlank() || user.email() == null) {
            return Optional.empty();
        }
        return requests.findFirstByOpportunityIdAndRequestedByIgnoreCaseOrderByCreatedAtDescIdDesc(
                opportunityId.strip(), user.email()).map(RequestPrefill::of);
    }

    @Transactional(readOnly = true)
    public RequestFormOptions options(SignedInUser user) {
        mayFile(user);
        return new RequestFormOptions(
                products.findAll().stream().sorted(Comparator.comparing(Product::getName))
                        .map(product -> new RequestFormOptions.Option(product.getId(), product.getName())).toList(),
                useCases.findAll().stream().sorted(Comparator.comparing(UseCase::getName))
                        .map(useCase -> new RequestFormOptions.Option(useCase.getId(), useCase.getName())).toList());
    }

    /**
     * One request the user may see, with its asks.
     *
     * @throws RecordNotFoundException when it does not exist or is not the user's to see
     */
    @Transactional(readOnly = true)
    public RequestDetail detail(SignedInUser user, Long requestId) {
        var request = visible.require(user, requestId);
        var program = VisibleRequests.seesAll(user);
        var requestAsks = asks.findByRequestWithAdvocates(requestId).stream()
                .map(ask -> askAsSeenBy(ask, program)).toList();
        return new RequestDetail(request.getId(), request.getOpportunityId(), request.getProspectCompany(),
                request.getProspectIndustry(), request.getSizeBand(), request.getRegion(),
                request.getProducts().stream().map(Product::getName).sorted().toList(),
                request.getUseCase() == null ? null : request.getUseCase().getName(), request.getPreferredPersona(),
                request.getLanguageCode(), request.getDealStage(), request.getDealAmount(), request.getActivityType(),
                request.getNeededBy(), request.getNotes(), request.getStatus(), visible.progress(request.getId()),
                request.getRequestedBy(),
                request.getCreatedAt(), request.getFirstMatchedAt(), request.getFulfilledAt(), requestAsks);
    }

    private static RequestDetail.RequestAsk askAsSeenBy(Ask ask, boolean program) {
        var showAdvocate = program || AskStatus.takingASlot().contains(ask.getStatus());
        var advocate = showAdvocate ? ask.getAdvocate() : null;
        return new RequestDetail.RequestAsk(ask.getId(), ask.getStatus(),
                advocate == null ? null : advocate.getName(),
                advocate == null ? null : advocate.getAccount().getCompanyName(),
                advocate == null ? null : advocate.getTitle(),
                advocate == null ? null : advocate.getEmail(),
                advocate == null ? null : advocate.getPhone(),
                advocate == null ? null : advocate.consentFor(ask.getRequest().getActivityType())
                        .map(ActivityConsent::getPreferredChannel).orElse(null),
                advocate == null ? null : advocate.getTimeZone().getId(),
                ask.getAskedAt(), ask.getExpiresAt(), ask.getRespondedAt(), ask.getScheduledAt(),
                ask.getAdvocateBriefSentAt(), program ? ask.getDeclineReason() : null,
                ask.getCallHappened(), ask.getProspectFeedback(), ask.getProspectScore());
    }

    private static void mayFile(SignedInUser user) {
        if (!user.hasAnyRole(Roles.SALES, Roles.PROGRAM_MANAGER, Roles.ADMIN) || user.email() == null) {
            throw new AccessDeniedException("Only sales, program managers and admins file reference requests");
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
