package io.kontor.documents;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** Keeps the layers of STYLE.md apart: resources go through services, the domain knows no infrastructure. */
@AnalyzeClasses(packages = "io.kontor.documents", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule resourcesDoNotReachIntoRepositories = noClasses()
            .that().resideInAPackage("io.kontor.documents.api..")
            .should().dependOnClassesThat().resideInAnyPackage("io.kontor.documents.repository..",
                    "io.kontor.documents.messaging..", "io.kontor.outbox..");

    @ArchTest
    static final ArchRule theDomainKnowsNoLayerAboveIt = noClasses()
            .that().resideInAPackage("io.kontor.documents")
            .should().dependOnClassesThat().resideInAnyPackage("io.kontor.documents.api..",
                    "io.kontor.documents.service..", "io.kontor.documents.repository..",
                    "io.kontor.documents.messaging..", "jakarta.ws.rs..", "io.kontor.outbox..");
}
