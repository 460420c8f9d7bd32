package org.innovationledger.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** The shared kernel is plain Java: messages and value objects both sides use, and the event storage engine. */
class SharedKernelArchitectureTest {

    private final JavaClasses kernel = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.innovationledger");

    @Test
    void dependsOnNothingFromSpring() {
        noClasses().should().dependOnClassesThat().resideInAPackage("org.springframework..").check(kernel);
    }

    @Test
    void messagesDependOnlyOnJavaJacksonAnnotationsAndAxonRoutingAnnotations() {
        classes().that().resideInAPackage("org.innovationledger.api..")
                 .should().onlyDependOnClassesThat().resideInAnyPackage(
                         "java..", "org.innovationledger.api..", "com.fasterxml.jackson.annotation..",
                         "org.axonframework.modelling.command..")
                 .check(kernel);
    }

    @Test
    void theEventStoreKnowsNoDomainMessages() {
        noClasses().that().resideInAPackage("org.innovationledger.eventstore..")
                   .should().dependOnClassesThat().resideInAPackage("org.innovationledger.api..")
                   .check(kernel);
    }
}
