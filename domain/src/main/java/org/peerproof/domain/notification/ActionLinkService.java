package org.peerproof.domain.notification;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.peerproof.domain.advocate.AdvocateRepository;
import org.peerproof.domain.ask.DeclineForm;
import org.peerproof.domain.audit.AuditTrail;
import org.peerproof.domain.notification.InvalidActionLinkException.Reason;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.validation.annotation.Validated;

/**
 * The confirm page's service (rule 5): shows what a link will do (a GET, so mail scanners that prefetch links
 * change nothing) and, on the person's confirmation, does it once. No sign-in: the verified link is the
 * authority, for its one action on its one record for its one advocate.
 */
@Service
@Validated
public class ActionLinkService {

    static final String AUDIT_ENTITY = "ActionLink";

    private final ActionLinks links;
    private final AdvocateRepository advocates;
    private final ActionLinkUseRepository uses;
    private final Map<ActionPurpose, ActionLinkHandler> handlers = new EnumMap<>(ActionPurpose.class);
    private final AuditTrail audit;
    private final TransactionTemplate readCommitted;
    private final TransactionTemplate readOnly;
    private final Clock clock;

    public ActionLinkService(ActionLinks links, ActionLinkUseRepository uses, List<ActionLinkHandler> handlers,
                             AuditTrail audit, AdvocateRepository advocates, PlatformTransactionManager transactions,
                             Clock clock) {
        this.links = links;
        this.advocates = advocates;
        this.uses = uses;
        handlers.forEach(handler -> {
            if (this.handlers.put(handler.purpose(), handler) != null) {
                throw new IllegalStateException("Two handlers for " + handler.purpose());
            }
        });
        this.audit = audit;
        // READ COMMITTED like the signed-in accept: the eligibility re-check must see slots taken a moment ago.
        this.readCommitted = new TransactionTemplate(transactions);
        this.readCommitted.setIsolationLevel(TransactionDefinition.ISOLATION_READ_COMMITTED);
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
        this.clock = clock;
    }

    /**
     * What the link would do now.
     *
     * @throws InvalidActionLinkException when it is tampered with, expired, used or no longer possible
     */
    public ActionPreview preview(String token) {
        return readOnly.execute(status -> {
            var link = usable(token);
            var handler = handlerFor(link);
            return new ActionPreview(link.purpose(), handler.describe(link), handler.facts(link), handler.takesReason());
        });
    }

    /** The language to answer a link in: its advocate's, for any link this application signed (also an expired or used one). */
    public Optional<Locale> languageOf(String token) {
        return links.signed(token).flatMap(link -> readOnly.execute(status ->
                advocates.findById(link.advocateId()).map(Outbox::localeOf)));
    }

    /** {@link #confirm(String, DeclineForm)} without a reason. */
    public ActionPurpose confirm(String token) {
        return confirm(token, new DeclineForm(null));
    }

    /**
     * Does what the link says, once, with the optional reason the person gave (kept only where the action takes one). The use is recorded first (flushed, so a second click racing this one
     * fails on the unique jti) and rolls back with the action if the action is refused.
     *
     * @throws InvalidActionLinkException when it is tampered with, expired, used or no longer possible
     * @throws org.peerproof.domain.shared.DomainRuleException when the action's own rules say no (e.g. not
     *                                                        eligible any more); the link stays unused then
     */
    public ActionPurpose confirm(String token, @NotNull @Valid DeclineForm reason) {
        try {
            return readCommitted.execute(status -> {
                var link = usable(token);
                var handler = handlerFor(link);
                uses.saveAndFlush(new ActionLinkUse(link, Instant.now(clock)));
                var actor = handler.takesReason() ? handler.perform(link, reason.reason()) : handler.perform(link);
                audit.record(actor, "action-link." + link.purpose().code(), AUDIT_ENTITY, link.targetId(),
                        "jti=" + link.jti());
                return link.purpose();
            });
        } catch (DataIntegrityViolationException secondClick) {
            throw new InvalidActionLinkException(Reason.USED);
        }
    }

    private ActionLinkClaims usable(String token) {
        var link = links.verify(token);
        if (uses.existsByJti(link.jti())) {
            throw new InvalidActionLinkException(Reason.USED);
        }
        return link;
    }

    private ActionLinkHandler handlerFor(ActionLinkClaims link) {
        var handler = handlers.get(link.purpose());
        if (handler == null) {
            // Signed by us but for an action this version cannot do: as good as no link.
            throw new InvalidActionLinkException(Reason.NO_LONGER_POSSIBLE);
        }
        return handler;
    }
}
