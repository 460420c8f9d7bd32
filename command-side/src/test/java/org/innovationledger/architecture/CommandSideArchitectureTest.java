package org.innovationledger.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** The command side never depends on the query side, and its aggregates know nothing of HTTP or storage. */
class CommandSideArchitectureTest {

    private final JavaClasses commandSide = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.innovationledger");

    @Test
    void neverDependsOnTheQuerySide() {
        noClasses().should().dependOnClassesThat().resideInAPackage("org.innovationledger.query..")
                   .check(commandSide);
    }

    @Test
    void aggregatesKnowNothingOfHttpOrStorage() {
        noClasses().that().haveSimpleNameNotEndingWith("Controller")
                   .and().haveSimpleNameNotEndingWith("Requests")
                   .and().resideInAnyPackage("org.innovationledger.command.studio..",
                                             "org.innovationledger.command.alliance..",
                                             "org.innovationledger.command.patent..",
                                             "org.innovationledger.command.achievement..",
                                             "org.innovationledger.command.rating..",
                                             "org.innovationledger.command.station..")
                   .should().dependOnClassesThat().resideInAnyPackage(
                           "org.springframework.web..", "org.springframework.http..", "jakarta.servlet..",
                           "com.mongodb..", "org.bson..", "org.innovationledger.command.web..")
                   .check(commandSide);
    }
}
