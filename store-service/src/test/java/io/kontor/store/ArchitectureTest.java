package io.kontor.store;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** Keeps the layers of STYLE.md apart: resources go through services, the domain knows no infrastructure. */
@AnalyzeClasses(packages = "io.kontor.store", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule resourcesDoNotReachIntoRepositories = noClasses()
            .that().resideInAPackage("io.kontor.store.api..")
            .should().dependOnClassesThat().resideInAnyPackage("io.kontor.store.repository..",
                    "io.kontor.store.messaging..", "io.kontor.outbox..");

    @ArchTest
    static final ArchRule theDomainKnowsNoLayerAboveIt = noClasses()
            .that().resideInAPackage("io.kontor.store")
            .should().dependOnClassesThat().resideInAnyPackage("io.kontor.store.api..", "io.kontor.store.service..",
                    "io.kontor.store.repository..", "io.kontor.store.messaging..", "jakarta.ws.rs..",
                    "io.kontor.outbox..");
}
