package org.innovationledger.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** The query side never depends on the command side, and never sends commands or writes events. */
class QuerySideArchitectureTest {

    private final JavaClasses querySide = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.innovationledger");

    @Test
    void neverDependsOnTheCommandSide() {
        noClasses().should().dependOnClassesThat().resideInAPackage("org.innovationledger.command..")
                   .check(querySide);
    }

    @Test
    void neverSendsCommands() {
        noClasses().that().resideInAPackage("org.innovationledger.query..")
                   .should().dependOnClassesThat().resideInAnyPackage("org.axonframework.commandhandling..")
                   .check(querySide);
    }
}
