package io.kontor.testing.contracts;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * The package layout of STYLE.md, as rules every service checks: resources go through services, handlers
 * through services, and the domain (the service's root package) knows no layer above it and no
 * infrastructure.
 */
public final class LayeredArchitecture {

    private LayeredArchitecture() {
    }

    /** Fails with every offending dependency when a class of the service breaks a rule. */
    public static void check(String servicePackage) {
        JavaClasses classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(servicePackage);

        noClasses().that().resideInAPackage(servicePackage + ".api..")
                .should().dependOnClassesThat().resideInAnyPackage(servicePackage + ".repository..",
                        servicePackage + ".messaging..", "io.kontor.outbox..", "io.kontor.inbox..")
                .because("resources are thin: they parse, call a service and map the answer")
                .check(classes);

        noClasses().that().resideInAPackage(servicePackage + ".messaging..")
                .should().dependOnClassesThat().resideInAnyPackage(servicePackage + ".api..",
                        servicePackage + ".repository..")
                .because("event handlers delegate to services, which own the transactions")
                .check(classes);

        noClasses().that().resideInAPackage(servicePackage)
                .should().dependOnClassesThat().resideInAnyPackage(servicePackage + ".api..",
                        servicePackage + ".service..", servicePackage + ".repository..",
                        servicePackage + ".messaging..", "jakarta.ws.rs..", "io.kontor.outbox..",
                        "io.kontor.inbox..")
                .because("the domain is kept apart from infrastructure")
                .check(classes);
    }
}
