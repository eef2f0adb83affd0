package org.peerproof.app.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.peerproof.domain.shared.validation.FormRules;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.util.ClassUtils;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Every body the advocate and staff APIs accept is a record that bounds each text and collection it takes (issue 14,
 * docs/reliability.md), so a new endpoint or field cannot store what it did not acknowledge. Plain reflection: no
 * application is started.
 */
class RequestBodyRulesTest {

    @Test
    void everyRequestBodyBoundsItsTextsAndCollections() {
        var bodies = requestBodyTypes();
        assertThat(bodies).hasSizeGreaterThan(5).allMatch(Class::isRecord);
        assertThat(bodies.stream().flatMap(body -> FormRules.faults(body).stream())).isEmpty();
    }

    static Set<Class<?>> requestBodyTypes() {
        var scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(RestController.class));
        return Stream.of("org.peerproof.portal.api", "org.peerproof.admin.api")
                .flatMap(api -> scanner.findCandidateComponents(api).stream())
                .map(definition -> ClassUtils.resolveClassName(definition.getBeanClassName(), null))
                .flatMap(controller -> Arrays.stream(controller.getDeclaredMethods()))
                .flatMap(method -> Arrays.stream(method.getParameters()))
                .filter(parameter -> parameter.isAnnotationPresent(RequestBody.class))
                .<Class<?>>map(java.lang.reflect.Parameter::getType).collect(Collectors.toSet());
    }
}
