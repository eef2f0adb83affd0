package org.peerproof.app.security;

import static org.peerproof.domain.access.Roles.ADMIN;
import static org.peerproof.domain.access.Roles.ADVOCATE;
import static org.peerproof.domain.access.Roles.CSM;
import static org.peerproof.domain.access.Roles.PROGRAM_MANAGER;
import static org.peerproof.domain.access.Roles.SALES;

import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import jakarta.servlet.DispatcherType;
import java.util.List;
import java.util.Map;
import org.peerproof.app.api.ApiProblemResponses;
import org.peerproof.app.i18n.LanguageResolution;
import org.peerproof.app.web.SignInFailedPage;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.security.autoconfigure.actuate.web.servlet.EndpointRequest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.InMemoryClientRegistrationRepository;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.client.web.DefaultOAuth2AuthorizationRequestResolver;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestRedirectFilter;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestResolver;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.security.oauth2.server.resource.web.authentication.BearerTokenAuthenticationFilter;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Two doors, one identity provider. The Vaadin app signs people in through Keycloak (OIDC authorization
 * code flow) and logs them out of Keycloak too; {@code /api/**} is a stateless resource server that accepts
 * Keycloak access tokens for the PeerProof API audience. Realm roles become {@code ROLE_*} authorities.
 * Keycloak's sign-in and registration pages open in the language the person reads PeerProof in.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
@EnableConfigurationProperties(OidcProperties.class)
class SecurityConfiguration {

    static final String REGISTRATION_ID = "keycloak";
    static final String LOGIN_PATH = "/oauth2/authorization/" + REGISTRATION_ID;
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self' 'unsafe-inline' 'unsafe-eval'; "
            + "style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data:; connect-src 'self'; "
            + "object-src 'none'; base-uri 'self'; frame-ancestors 'none'";

    /**
     * The management endpoints (health, readiness, Prometheus) for the load balancer, the container runtime and
     * Prometheus, without sign-in. They answer only on the management port, which is not public (reliability R11);
     * this matcher matches nothing on the public port.
     */
    @Bean
    @Order(0)
    SecurityFilterChain managementSecurity(HttpSecurity http) throws Exception {
        return http.securityMatcher(EndpointRequest.toAnyEndpoint())
                .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .build();
    }

    @Bean
    @Order(1)
    SecurityFilterChain apiSecurity(HttpSecurity http, JwtDecoder jwtDecoder, ApiProblemResponses problems)
            throws Exception {
        var tokenToUser = new JwtAuthenticationConverter();
        tokenToUser.setJwtGrantedAuthoritiesConverter(jwt -> RealmRoleAuthorities.from(jwt.getClaims()));
        tokenToUser.setPrincipalClaimName("sub");
        // The error dispatch of an API request stays in this chain and is not checked again: under the web chain's
        // rules it became an empty 403 that masked the real status (issue 14, finding 3).
        return http.securityMatcher(ApiProblemResponses::isApiRequest)
                .authorizeHttpRequests(requests -> requests
                        .dispatcherTypeMatchers(DispatcherType.ERROR).permitAll()
                        // The API's description is public, like any published contract; it holds no data.
                        .requestMatchers(HttpMethod.GET, "/api/v1/openapi.json").permitAll()
                        .requestMatchers("/api/v1/me/**", "/api/v1/asks/**").hasRole(ADVOCATE)
                        .requestMatchers("/api/v1/requests/**").hasAnyRole(SALES, PROGRAM_MANAGER, ADMIN)
                        .requestMatchers("/api/v1/accounts/**").hasAnyRole(CSM, PROGRAM_MANAGER, ADMIN)
                        .anyRequest().denyAll())
                .oauth2ResourceServer(server -> server.jwt(jwt -> jwt.decoder(jwtDecoder)
                                .jwtAuthenticationConverter(tokenToUser))
                        .authenticationEntryPoint(problems)
                        .accessDeniedHandler(problems)
                        .withObjectPostProcessor(failingWith(problems)))
                .exceptionHandling(errors -> errors.authenticationEntryPoint(problems).accessDeniedHandler(problems))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                // Bearer tokens are not sent automatically by browsers, so there is no CSRF to defend against.
                .csrf(csrf -> csrf.disable())
                .build();
    }

    /**
     * The bearer token filter's failures answered by {@code problems}: the configurer offers no setting for it, and
     * its default rethrows a token that could not be checked because Keycloak is unreachable, which became a 500
     * instead of a 503 problem (issue 14; reliability R3).
     */
    private static ObjectPostProcessor<BearerTokenAuthenticationFilter> failingWith(ApiProblemResponses problems) {
        return new ObjectPostProcessor<>() {
            @Override
            public <F extends BearerTokenAuthenticationFilter> F postProcess(F filter) {
                filter.setAuthenticationFailureHandler(problems);
                return filter;
            }
        };
    }

    @Bean
    @Order(2)
    SecurityFilterChain webSecurity(HttpSecurity http, OAuth2UserService<OidcUserRequest, OidcUser> users,
                                    ClientRegistrationRepository registrations) throws Exception {
        // Static files outside Vaadin's own, which Vaadin's configuration would otherwise deny: the app's styles,
        // the app bar's icons, and the metrics dashboard's stylesheet, chart element and Chart.js (admin module,
        // loaded at runtime).
        http.authorizeHttpRequests(requests -> requests.requestMatchers("/styles.css", "/icons/navigation.svg",
                "/metrics-dashboard.css", "/peerproof-chart.js", "/webjars/chart.js/**").permitAll());
        // Mail action links are plain pages (no Vaadin session); the signed token in the address is the secret a
        // cross-site form cannot know, so it stands in for a CSRF token, which would need a session (reliability R8).
        http.authorizeHttpRequests(requests -> requests.requestMatchers(PublicPages.PATTERNS).permitAll());
        http.csrf(csrf -> csrf.ignoringRequestMatchers("/action/**"));
        // Browser protections on every page (reliability R7). Vaadin's bootstrap needs inline scripts and styles.
        http.headers(headers -> headers
                .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
                .frameOptions(frames -> frames.deny()));
        // A login page of our own (Keycloak's), so Spring Security generates none: its generated page would
        // also answer the failure address below with an English "Invalid credentials" form.
        http.oauth2Login(login -> login
                .loginPage(LOGIN_PATH)
                .authorizedClientRepository(new UnkeptAuthorizedClients())
                .authorizationEndpoint(endpoint -> endpoint
                        .authorizationRequestResolver(inTheReadersLanguage(registrations)))
                .userInfoEndpoint(userInfo -> userInfo.oidcUserService(users))
                // Keycloak unreachable or a callback of no sign-in: a translated page, not /login?error.
                .failureUrl(SignInFailedPage.PATH));
        // Signed in, an address that is no route goes to Vaadin's not-found page (404) instead of a bare 403.
        return http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.oauth2LoginPage(LOGIN_PATH, "{baseUrl}")
                .anyRequest(url -> url.authenticated())).build();
    }

    /**
     * Authorization requests that ask Keycloak for the page language PeerProof uses for this browser (OIDC
     * {@code ui_locales}); the realm offers the same five languages. A language picked on Keycloak's page wins.
     */
    static OAuth2AuthorizationRequestResolver inTheReadersLanguage(ClientRegistrationRepository registrations) {
        var resolver = new DefaultOAuth2AuthorizationRequestResolver(registrations,
                OAuth2AuthorizationRequestRedirectFilter.DEFAULT_AUTHORIZATION_REQUEST_BASE_URI);
        resolver.setAuthorizationRequestCustomizer(authorization -> authorization.additionalParameters(parameters -> {
            var request = ((ServletRequestAttributes) RequestContextHolder.currentRequestAttributes()).getRequest();
            parameters.put("ui_locales", LanguageResolution.beforeSignIn(request).toLanguageTag());
        }));
        return resolver;
    }

    /**
     * The OIDC user with PeerProof's realm roles as authorities, read from the signed ID token. Its claims are all
     * PeerProof reads (subject, email, name, locale, roles): Keycloak's user info endpoint answers the same again,
     * which every session kept a second copy of, so it is not asked (issue 15).
     */
    @Bean
    OAuth2UserService<OidcUserRequest, OidcUser> oidcUserService() {
        var standard = new OidcUserService();
        standard.setRetrieveUserInfo(request -> false);
        return request -> {
            var idToken = standard.loadUser(request).getIdToken();
            return new DefaultOidcUser(RealmRoleAuthorities.from(idToken.getClaims()), idToken, "email");
        };
    }

    /**
     * Built from the issuer instead of discovered at start-up, so PeerProof starts even while Keycloak is
     * still booting; the end-session endpoint is what lets logout end the Keycloak session too.
     */
    @Bean
    ClientRegistrationRepository clientRegistrations(OidcProperties oidc) {
        var keycloak = ClientRegistration.withRegistrationId(REGISTRATION_ID)
                .clientId(oidc.clientId())
                .clientSecret(oidc.clientSecret())
                .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                .redirectUri("{baseUrl}/login/oauth2/code/{registrationId}")
                .scope("openid", "profile", "email")
                .issuerUri(oidc.issuerUri())
                .authorizationUri(oidc.endpoint("auth"))
                .tokenUri(oidc.endpoint("token"))
                .userInfoUri(oidc.endpoint("userinfo"))
                .jwkSetUri(oidc.endpoint("certs"))
                .userNameAttributeName("email")
                .providerConfigurationMetadata(Map.of("end_session_endpoint", oidc.endpoint("logout")))
                .clientName("Keycloak")
                .build();
        return new InMemoryClientRegistrationRepository(keycloak);
    }

    /**
     * API tokens must be signed by the realm, issued by it, unexpired, meant for the PeerProof API, and issued to
     * one of the API's clients: a token of the web client (also audience peerproof-api) is refused (issue 14).
     */
    @Bean
    JwtDecoder jwtDecoder(OidcProperties oidc) {
        var decoder = NimbusJwtDecoder.withJwkSetUri(oidc.endpoint("certs")).build();
        decoder.setJwtValidator(new DelegatingOAuth2TokenValidator<>(
                JwtValidators.createDefaultWithIssuer(oidc.issuerUri()),
                new JwtClaimValidator<List<String>>("aud",
                        audience -> audience != null && audience.contains(oidc.apiAudience())),
                new JwtClaimValidator<String>("azp",
                        client -> client != null && oidc.apiClients().contains(client))));
        return decoder;
    }
}
