package org.reachable.synthetic;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.reachable.Reachable;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;

/** The synthetic borough is a module of its own that only uses the other modules' public faces. */
class SyntheticModuleStructureTest {

    @Test
    void dependsOnlyOnTheDeclaredModulesThroughTheirPublicApis() {
        ApplicationModules modules = ApplicationModules.of(Reachable.class);
        ApplicationModule synthetic = modules.getModuleByName("synthetic").orElseThrow();

        assertThat(synthetic.getDisplayName()).isEqualTo("Synthetic borough");
        assertThat(modules.detectViolations().getMessages()).noneMatch(m -> m.contains("synthetic"));
        assertThat(modules.stream().filter(m -> !m.equals(synthetic))
                .flatMap(m -> m.getBootstrapDependencies(modules)).map(ApplicationModule::getName))
                .doesNotContain("synthetic");
    }
}
