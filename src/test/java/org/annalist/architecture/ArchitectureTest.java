package org.annalist.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The shape ARCHITECTURE.md describes, checked on the compiled classes: the extraction core is plain Java, Vaadin
 * stays in the views, the command line is a thin client of the services, and no two packages need each other.
 */
class ArchitectureTest {

    /** The extraction core: libraries a batch job can call, with no framework and no database. */
    static final String[] CORE = {"org.annalist.lang..", "org.annalist.temporal..", "org.annalist.entity..",
            "org.annalist.event..", "org.annalist.layout..", "org.annalist.reading..", "org.annalist.linguistic..", "org.annalist.evaluation..",
            "org.annalist.batch.."};
    /** The application side: feature packages (and the shared database plumbing). */
    static final String[] APPLICATION = {"org.annalist.documents..", "org.annalist.events..", "org.annalist.timeline..",
            "org.annalist.curation..", "org.annalist.export..", "org.annalist.database..", "org.annalist.ui..",
            "org.annalist.cli..", "org.annalist.store..", "org.annalist.security.."};

    static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.annalist");
    }

    @Test
    void theCoreIsPlainJava() {
        noClasses().that().resideInAnyPackage(CORE)
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "com.vaadin..", "java.sql..",
                        "javax.sql..", "jakarta..", "org.flywaydb..", "picocli..")
                .because("temporal, entity, event, layout, lang, reading, linguistic and evaluation are libraries a batch job can call")
                .check(classes);
    }

    @Test
    void theCoreKnowsNothingOfTheApplication() {
        noClasses().that().resideInAnyPackage(CORE)
                .should().dependOnClassesThat().resideInAnyPackage(APPLICATION)
                .orShould().dependOnClassesThat().haveFullyQualifiedName("org.annalist.AnnalistApplication")
                .check(classes);
    }

    @Test
    void vaadinStaysInTheViews() {
        noClasses().that().resideOutsideOfPackages("..ui..")
                .should().dependOnClassesThat().resideInAnyPackage("com.vaadin..")
                .because("services and repositories are used by the command line too, which has no UI")
                .check(classes);
    }

    @Test
    void servicesDoNotKnowTheirViewsNorTheCommandLine() {
        noClasses().that().resideOutsideOfPackages("..ui..", "org.annalist.cli..")
                .and().doNotHaveFullyQualifiedName("org.annalist.AnnalistApplication")
                .should().dependOnClassesThat().resideInAnyPackage("..ui..", "org.annalist.cli..")
                .check(classes);
    }

    @Test
    void theCommandLineCallsServicesNotViews() {
        noClasses().that().resideInAPackage("org.annalist.cli..")
                .should().dependOnClassesThat().resideInAnyPackage("..ui..")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("org.annalist.AnnalistApplication")
                .because("the application starts the command line with a context factory, not the other way round")
                .check(classes);
    }

    @Test
    void jdbcOnlyInTheStoringPackages() {
        noClasses().that().resideOutsideOfPackages("org.annalist.documents", "org.annalist.events",
                        "org.annalist.timeline", "org.annalist.curation", "org.annalist.database", "org.annalist.store",
                        "org.annalist.security")
                .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "javax.sql..", "org.springframework.jdbc..")
                .because("views and commands ask services; the SQL is in the feature packages' repositories")
                .check(classes);
    }

    @Test
    void noCyclesBetweenPackages() {
        slices().matching("org.annalist.(**)").should().beFreeOfCycles().check(classes);
    }
}
