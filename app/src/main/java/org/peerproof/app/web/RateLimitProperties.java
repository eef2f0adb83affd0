package org.peerproof.app.web;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotEmpty;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How many requests one client address may send to the public endpoints, those anyone can reach without signing
 * in ({@code peerproof.web.rate-limit.*}).
 *
 * @param requestsPerMinute sustained rate per address; also the burst a fresh address may send at once
 * @param paths             the public endpoints (path patterns), counted together per address
 * @param trackedAddresses  addresses remembered at most; idle ones are forgotten first
 */
@Validated
@ConfigurationProperties("peerproof.web.rate-limit")
public record RateLimitProperties(
        @DefaultValue("300") @Min(1) int requestsPerMinute,
        @DefaultValue({"/action/**", "/sign-in-failed", "/oauth2/authorization/**", "/login/oauth2/**",
                "/api/v1/openapi.json"}) @NotEmpty List<String> paths,
        @DefaultValue("100000") @Min(1) int trackedAddresses) {
}
