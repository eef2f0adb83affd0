package org.peerproof.domain.notification;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.peerproof.domain.notification.InvalidActionLinkException.Reason;
import org.peerproof.domain.settings.ProgramSettingsRepository;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;

/**
 * Signed email links (rule 5): base64url(JSON claims) "." base64url(HMAC-SHA256 of that part) with the
 * configured secret. The claims bind the link to one action, one record and one advocate, and carry its expiry
 * (program setting {@code action_link_expiry_days}); single use is enforced where the link is used.
 */
@Component
public class ActionLinks {

    /** The confirm page's route; the token follows it. */
    public static final String ROUTE = "action";
    private static final String HMAC = "HmacSHA256";
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

    private final MailProperties properties;
    private final ProgramSettingsRepository settings;
    private final Clock clock;
    private final SecretKeySpec key;

    public ActionLinks(MailProperties properties, ProgramSettingsRepository settings, Clock clock) {
        this.properties = properties;
        this.settings = settings;
        this.clock = clock;
        this.key = new SecretKeySpec(properties.linkSecret().getBytes(StandardCharsets.UTF_8), HMAC);
    }

    /** The absolute URL of the confirm page for this action. */
    public String issue(ActionPurpose purpose, long targetId, long advocateId) {
        var validFor = Duration.ofDays(settings.current().toRules().actionLinkExpiryDays());
        return properties.url(ROUTE + "/" + token(new ActionLinkClaims(UUID.randomUUID().toString(), purpose,
                targetId, advocateId, Instant.now(clock).plus(validFor))));
    }

    String token(ActionLinkClaims claims) {
        var body = new TokenBody(claims.jti(), claims.purpose().code(), claims.targetId(), claims.advocateId(),
                claims.expiresAt().getEpochSecond());
        var encoded = ENCODER.encodeToString(Outbox.JSON.writeValueAsBytes(body));
        return encoded + "." + ENCODER.encodeToString(sign(encoded));
    }

    /** The claims of an intact, unexpired link; whether it was used is for {@link ActionLinkService} to decide. */
    public ActionLinkClaims verify(String token) {
        var claims = intact(token);
        if (!Instant.now(clock).isBefore(claims.expiresAt())) {
            throw new InvalidActionLinkException(Reason.EXPIRED);
        }
        return claims;
    }

    /** The claims of a link this application signed, expired or not: enough to answer in its advocate's language. */
    Optional<ActionLinkClaims> signed(String token) {
        try {
            return Optional.of(intact(token));
        } catch (InvalidActionLinkException tampered) {
            return Optional.empty();
        }
    }

    private ActionLinkClaims intact(String token) {
        var dot = token == null ? -1 : token.indexOf('.');
        if (dot <= 0 || dot != token.lastIndexOf('.')) {
            throw new InvalidActionLinkException(Reason.TAMPERED);
        }
        var encoded = token.substring(0, dot);
        // Compared as text, not decoded bytes: base64's last character has spare bits, so two spellings could
        // decode to the same signature and a changed character would go unnoticed.
        var expected = ENCODER.encodeToString(sign(encoded)).getBytes(StandardCharsets.US_ASCII);
        if (!MessageDigest.isEqual(expected, token.substring(dot + 1).getBytes(StandardCharsets.US_ASCII))) {
            throw new InvalidActionLinkException(Reason.TAMPERED);
        }
        TokenBody body;
        try {
            body = Outbox.JSON.readValue(DECODER.decode(encoded), TokenBody.class);
        } catch (IllegalArgumentException | JacksonException malformed) {
            throw new InvalidActionLinkException(Reason.TAMPERED);
        }
        var purpose = ActionPurpose.ofCode(body.act()).orElseThrow(() -> new InvalidActionLinkException(Reason.TAMPERED));
        return new ActionLinkClaims(body.jti(), purpose, body.tgt(), body.adv(), Instant.ofEpochSecond(body.exp()));
    }

    private byte[] sign(String encodedBody) {
        try {
            var mac = Mac.getInstance(HMAC);
            mac.init(key);
            return mac.doFinal(encodedBody.getBytes(StandardCharsets.US_ASCII));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 unavailable", e);
        }
    }

    /** The token's JSON, with short names to keep links short. */
    record TokenBody(String jti, String act, long tgt, long adv, long exp) {
    }
}
