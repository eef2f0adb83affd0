package org.peerproof.app.security;

import static org.peerproof.domain.access.Roles.ADMIN;
import static org.peerproof.domain.access.Roles.ADVOCATE;
import static org.peerproof.domain.access.Roles.CSM;
import static org.peerproof.domain.access.Roles.PROGRAM_MANAGER;
import static org.peerproof.domain.access.Roles.SALES;

import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import java.util.List;
import java.util.Map;
import org.peerproof.app.i18n.LanguageResolution;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
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
import org.springframework.security.web.SecurityFilterChain;
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

    @Bean
    @Order(1)
    SecurityFilterChain apiSecurity(HttpSecurity http, JwtDecoder jwtDecoder) throws Exception {
        var tokenToUser = new JwtAuthenticationConverter();
        tokenToUser.setJwtGrantedAuthoritiesConverter(jwt -> RealmRoleAuthorities.from(jwt.getClaims()));
        tokenToUser.setPrincipalClaimName("sub");
        return http.securityMatcher("/api/**")
                .authorizeHttpRequests(requests -> requests
                        // The API's description is public, like any published contract; it holds no data.
                        .requestMatchers(HttpMethod.GET, "/api/v1/openapi.json").permitAll()
                        .requestMatchers("/api/v1/me/**", "/api/v1/asks/**").hasRole(ADVOCATE)
                        .requestMatchers("/api/v1/requests/**").hasAnyRole(SALES, PROGRAM_MANAGER, ADMIN)
                        .requestMatchers("/api/v1/accounts/**").hasAnyRole(CSM, PROGRAM_MANAGER, ADMIN)
                        .anyRequest().denyAll())
                .oauth2ResourceServer(server -> server.jwt(jwt -> jwt.decoder(jwtDecoder)
                        .jwtAuthenticationConverter(tokenToUser)))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                // Bearer tokens are not sent automatically by browsers, so there is no CSRF to defend against.
                .csrf(csrf -> csrf.disable())
                .build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain webSecurity(HttpSecurity http, OAuth2UserService<OidcUserRequest, OidcUser> users,
                                    ClientRegistrationRepository registrations) throws Exception {
        // Static files outside Vaadin's own, which Vaadin's configuration would otherwise deny: the app's styles
        // and the metrics dashboard's stylesheet, chart element and Chart.js (admin module, loaded at runtime).
        http.authorizeHttpRequests(requests -> requests.requestMatchers("/styles.css", "/metrics-dashboard.css",
                "/peerproof-chart.js", "/webjars/chart.js/**").permitAll());
        http.oauth2Login(login -> login
                .authorizationEndpoint(endpoint -> endpoint
                        .authorizationRequestResolver(inTheReadersLanguage(registrations)))
                .userInfoEndpoint(userInfo -> userInfo.oidcUserService(users)));
        return http.with(VaadinSecurityConfigurer.vaadin(),
                vaadin -> vaadin.oauth2LoginPage(LOGIN_PATH, "{baseUrl}")).build();
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

    /** The OIDC user with PeerProof's realm roles as authorities, read from the signed ID token. */
    @Bean
    OAuth2UserService<OidcUserRequest, OidcUser> oidcUserService() {
        var standard = new OidcUserService();
        return request -> {
            var user = standard.loadUser(request);
            return new DefaultOidcUser(RealmRoleAuthorities.from(user.getIdToken().getClaims()), user.getIdToken(),
                    user.getUserInfo(), "email");
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

    /** API tokens must be signed by the realm, issued by it, unexpired, and meant for the PeerProof API. */
    @Bean
    JwtDecoder jwtDecoder(OidcProperties oidc) {
        var decoder = NimbusJwtDecoder.withJwkSetUri(oidc.endpoint("certs")).build();
        decoder.setJwtValidator(new DelegatingOAuth2TokenValidator<>(
                JwtValidators.createDefaultWithIssuer(oidc.issuerUri()),
                new JwtClaimValidator<List<String>>("aud",
                        audience -> audience != null && audience.contains(oidc.apiAudience()))));
        return decoder;
    }
}
