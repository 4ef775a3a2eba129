package org.sangsaeng;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

/**
 * The structure we promise in STYLE.md: modules talk through their API packages only, and nothing
 * cycles.
 */
class ModularityTests {

    static final ApplicationModules modules = ApplicationModules.of(SangsaengApplication.class);

    @Test
    void modulesOnlyUseEachOthersApisAndHaveNoCycles() {
        modules.verify();
    }

    @Test
    void onlyTheEngineModuleAndWorkersTalkToTheCamundaClient() {
        JavaClasses classes =
                new ClassFileImporter()
                        .withImportOption(new ImportOption.DoNotIncludeTests())
                        .importPackages("org.sangsaeng");
        ArchRule rule =
                noClasses()
                        .that()
                        .resideOutsideOfPackages(
                                "org.sangsaeng.engine..", "org.sangsaeng..process..")
                        .should()
                        .dependOnClassesThat()
                        .resideInAPackage("io.camunda.client..");
        rule.check(classes);
    }
}
