package io.kontor.integrations;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** Keeps the layers of STYLE.md apart: resources go through services, the domain knows no infrastructure. */
@AnalyzeClasses(packages = "io.kontor.integrations", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule resourcesGoThroughServices = noClasses()
            .that().resideInAPackage("io.kontor.integrations.api..")
            .should().dependOnClassesThat().resideInAnyPackage("io.kontor.integrations.repository..",
                    "io.kontor.integrations.messaging..", "io.kontor.outbox..", "io.kontor.inbox..");

    @ArchTest
    static final ArchRule theDomainKnowsNoLayerAboveIt = noClasses()
            .that().resideInAPackage("io.kontor.integrations")
            .should().dependOnClassesThat().resideInAnyPackage("io.kontor.integrations.api..",
                    "io.kontor.integrations.service..", "io.kontor.integrations.repository..", "io.kontor.integrations.messaging..",
                    "jakarta.ws.rs..", "io.kontor.outbox..", "io.kontor.inbox..");

    @ArchTest
    static final ArchRule eventHandlersStayThin = noClasses()
            .that().resideInAPackage("io.kontor.integrations.messaging..")
            .should().dependOnClassesThat().resideInAnyPackage("io.kontor.integrations.repository..",
                    "io.kontor.integrations.api..");
}
