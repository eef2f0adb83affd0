package org.peerproof.domain.shared;

import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import org.slf4j.MDC;

/**
 * The id of the HTTP request being served (reliability R10): taken from the caller's {@value #HEADER} when it is a
 * plausible id, otherwise made here. It is put in the logging context under {@value #LOG_KEY}, so every log line of
 * the request carries it, and the audit trail stores it with each change the request made.
 */
public final class RequestIds {

    public static final String HEADER = "X-Request-Id";
    public static final String LOG_KEY = "requestId";
    public static final int MAX_LENGTH = 64;

    /** Letters, digits and a few separators: nothing that could forge a log line or a header. */
    private static final Pattern PLAUSIBLE = Pattern.compile("[A-Za-z0-9._:-]{1," + MAX_LENGTH + "}");

    private RequestIds() {
    }

    /** The caller's id when it is plausible, else a new random one. */
    public static String acceptOrCreate(String fromCaller) {
        return fromCaller != null && PLAUSIBLE.matcher(fromCaller).matches() ? fromCaller
                : UUID.randomUUID().toString();
    }

    /** The id of the request this thread is serving; empty in a scheduled job. */
    public static Optional<String> current() {
        return Optional.ofNullable(MDC.get(LOG_KEY));
    }
}
