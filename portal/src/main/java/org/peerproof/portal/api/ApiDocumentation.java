package org.peerproof.portal.api;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The OpenAPI description of /api/v1 (served at /api/v1/openapi.json): every call needs a Keycloak bearer JWT. */
@Configuration(proxyBeanMethods = false)
class ApiDocumentation {

    static final String BEARER_JWT = "keycloak-jwt";

    @Bean
    OpenAPI peerProofApi() {
        return new OpenAPI()
                .info(new Info()
                        .title("PeerProof API")
                        .version("v1")
                        .description("The advocate self-service API for the PeerProof mobile app, and the staff "
                                + "endpoints. Send a Keycloak access token (client peerproof-pwa, audience "
                                + "peerproof-api) as a bearer token. Errors are RFC 7807 problem details."))
                .components(new Components().addSecuritySchemes(BEARER_JWT, new SecurityScheme()
                        .type(SecurityScheme.Type.HTTP).scheme("bearer").bearerFormat("JWT")))
                .addSecurityItem(new SecurityRequirement().addList(BEARER_JWT));
    }
}
