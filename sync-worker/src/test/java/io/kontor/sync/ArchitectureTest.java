package io.kontor.sync;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import io.kontor.testing.contracts.LayeredArchitecture;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

class ArchitectureTest {

    private static final String SYNC = "io.kontor.sync";

    @Test
    void layersStayApartAsStyleMdDescribes() {
        LayeredArchitecture.check(SYNC);
    }

    /**
     * Connectors are infrastructure, like repositories: the delivery engine's services call them, and they know
     * nothing above them. They take an {@code OutboundDelivery}, not an entity, so a new channel needs no database.
     */
    @Test
    void connectorsAreInfrastructureThatOnlyServicesCall() {
        JavaClasses classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(SYNC);

        noClasses().that().resideInAPackage(SYNC + ".connector..")
                .should().dependOnClassesThat().resideInAnyPackage(SYNC, SYNC + ".api..", SYNC + ".service..",
                        SYNC + ".repository..", SYNC + ".messaging..", "io.kontor.outbox..", "io.kontor.inbox..")
                .because("a connector sends what it is given and reports how it went")
                .check(classes);

        noClasses().that().resideInAnyPackage(SYNC, SYNC + ".api..", SYNC + ".messaging..", SYNC + ".repository..")
                .should().dependOnClassesThat().resideInAPackage(SYNC + ".connector..")
                .because("only services deliver: they own the attempt's transaction and its record")
                .check(classes);
    }
}
