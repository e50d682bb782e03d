package org.reachable.architecture;

import org.junit.jupiter.api.Test;
import org.reachable.Reachable;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * Keeps the modular monolith honest: each capability only uses the modules it declares and only their public
 * (root-package) types, with no cycles. Also writes the module diagram into docs/modules.
 */
class ModularityTest {

    private final ApplicationModules modules = ApplicationModules.of(Reachable.class);

    @Test
    void modulesRespectTheirDeclaredBoundaries() {
        modules.verify();
    }

    @Test
    void writesModuleDiagrams() {
        new Documenter(modules, "docs/modules")
                .writeModulesAsPlantUml()
                .writeIndividualModulesAsPlantUml();
    }
}
