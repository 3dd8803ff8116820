package io.kontor.sync;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** Keeps the layers of STYLE.md apart: resources go through services, the domain knows no infrastructure. */
@AnalyzeClasses(packages = "io.kontor.sync", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule resourcesGoThroughServices = noClasses()
            .that().resideInAPackage("io.kontor.sync.api..")
            .should().dependOnClassesThat().resideInAnyPackage("io.kontor.sync.repository..",
                    "io.kontor.sync.messaging..", "io.kontor.outbox..", "io.kontor.inbox..");

    @ArchTest
    static final ArchRule theDomainKnowsNoLayerAboveIt = noClasses()
            .that().resideInAPackage("io.kontor.sync")
            .should().dependOnClassesThat().resideInAnyPackage("io.kontor.sync.api..",
                    "io.kontor.sync.service..", "io.kontor.sync.repository..", "io.kontor.sync.messaging..",
                    "jakarta.ws.rs..", "io.kontor.outbox..", "io.kontor.inbox..");

    @ArchTest
    static final ArchRule eventHandlersStayThin = noClasses()
            .that().resideInAPackage("io.kontor.sync.messaging..")
            .should().dependOnClassesThat().resideInAnyPackage("io.kontor.sync.repository..",
                    "io.kontor.sync.api..");
}
