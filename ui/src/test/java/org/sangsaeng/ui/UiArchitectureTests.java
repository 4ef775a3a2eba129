package org.sangsaeng.ui;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * Views call services only (STYLE.md): the ui module reaches the app through each module's API
 * package, never its entities and repositories ({@code domain}), its workers ({@code process}), the
 * engine client or Spring Data.
 */
class UiArchitectureTests {

    static final JavaClasses ui =
            new ClassFileImporter()
                    .withImportOption(new ImportOption.DoNotIncludeTests())
                    .withImportOption(new ImportOption.DoNotIncludeJars())
                    .importPackages("org.sangsaeng");

    @Test
    void theUiImportsNoDomainOrProcessPackage() {
        noClasses()
                .that()
                .resideInAnyPackage("org.sangsaeng..ui..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("org.sangsaeng..domain..", "org.sangsaeng..process..")
                .because("views call services, which return records")
                .check(ui);
    }

    @Test
    void theUiTalksNeitherToTheEngineClientNorToRepositories() {
        noClasses()
                .that()
                .resideInAnyPackage("org.sangsaeng..ui..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "io.camunda..", "org.springframework.data..", "jakarta.persistence..")
                .because("the app's services hold the rules and the transactions")
                .check(ui);
    }

    @Test
    void theRulesSeeTheUi() {
        // DoNotIncludeJars keeps the app's classes out when they come from its jar; the ui's own
        // classes must be there, or the rules above would pass on nothing.
        assertThat(ui.stream().filter(c -> c.getPackageName().endsWith(".ui")).count())
                .isGreaterThan(100);
    }
}
