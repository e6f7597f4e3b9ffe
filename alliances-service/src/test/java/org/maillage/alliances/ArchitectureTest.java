package org.maillage.alliances;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noMethods;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import jakarta.transaction.Transactional;

/**
 * The layout of alliances-service, pinned: requests come in through rest and inbound events through projections,
 * both go down through service, which alone reaches repositories, decides nothing the domain decides, and writes
 * the outgoing events. Nothing depends on another service.
 */
@AnalyzeClasses(packages = "org.maillage.alliances", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    private static final String ROOT = "org.maillage.alliances";

    @ArchTest
    static final ArchRule layersPointDownward = layeredArchitecture().consideringOnlyDependenciesInLayers()
            .layer("rest").definedBy(ROOT + ".rest..")
            .layer("projections").definedBy(ROOT + ".projections..")
            .layer("service").definedBy(ROOT + ".service..")
            .layer("events").definedBy(ROOT + ".events..")
            .layer("repository").definedBy(ROOT + ".repository..")
            .layer("domain").definedBy(ROOT + ".domain..")
            .layer("config").definedBy(ROOT + ".config..")
            .whereLayer("rest").mayNotBeAccessedByAnyLayer()
            .whereLayer("projections").mayNotBeAccessedByAnyLayer()
            .whereLayer("service").mayOnlyBeAccessedByLayers("rest", "projections")
            .whereLayer("events").mayOnlyBeAccessedByLayers("service")
            .whereLayer("repository").mayOnlyBeAccessedByLayers("service")
            .whereLayer("config").mayOnlyBeAccessedByLayers("rest", "service")
            .whereLayer("domain").mayOnlyBeAccessedByLayers("rest", "service", "events", "repository", "config");

    @ArchTest
    static final ArchRule requestsAndResponsesLiveInRest = classes()
            .that().haveSimpleNameEndingWith("Request").or().haveSimpleNameEndingWith("Response")
            .should().resideInAPackage(ROOT + ".rest..");

    @ArchTest
    static final ArchRule transactionsStartInTheServiceLayer = noMethods()
            .that().areDeclaredInClassesThat().resideOutsideOfPackage(ROOT + ".service..")
            .should().beAnnotatedWith(Transactional.class);

    @ArchTest
    static final ArchRule transactionalClassesAreServices = noClasses()
            .that().resideOutsideOfPackage(ROOT + ".service..")
            .should().beAnnotatedWith(Transactional.class);

    @ArchTest
    static final ArchRule noOtherService = noClasses()
            .should().dependOnClassesThat().resideInAnyPackage(
                    "org.maillage.actors..", "org.maillage.diagnostics..", "org.maillage.gateway..");
}
