package org.peerproof.domain.shared.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.AnnotatedBeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.RegexPatternTypeFilter;
import org.springframework.util.ClassUtils;

/**
 * Every form record of the domain, which the API controllers and the views both build, bounds every text and
 * collection it takes (issue 14, docs/reliability.md): a new field cannot forget it.
 */
class FormRulesTest {

    @Test
    void everyFormBoundsItsTextsAndCollections() {
        var forms = forms();
        assertThat(forms).hasSizeGreaterThan(20);
        assertThat(forms.stream().flatMap(form -> FormRules.faults(form).stream())).isEmpty();
    }

    @Test
    void seesAnUnboundedText() {
        record Loose(String name, List<String> tags) {
        }
        assertThat(FormRules.faults(Loose.class)).containsExactly("Loose.name: no text rule", "Loose.name: no @Size max",
                "Loose.tags: no @Size max on the collection", "Loose.tags[]: no text rule", "Loose.tags[]: no @Size max");
    }

    static List<Class<?>> forms() {
        var scanner = new ClassPathScanningCandidateComponentProvider(false) {
            @Override
            protected boolean isCandidateComponent(AnnotatedBeanDefinition definition) {
                return true;
            }
        };
        scanner.addIncludeFilter(new RegexPatternTypeFilter(java.util.regex.Pattern.compile(".*Form")));
        return scanner.findCandidateComponents("org.peerproof.domain").stream()
                .<Class<?>>map(definition -> ClassUtils.resolveClassName(definition.getBeanClassName(), null))
                .filter(Class::isRecord).toList();
    }
}
