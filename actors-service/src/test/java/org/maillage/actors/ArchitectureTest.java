package org.maillage.actors;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The layout of the service, pinned: requests come in through rest, which calls services, which decide with the
 * domain and store through repositories; outgoing events are built from the domain. Nothing points back up.
 */
@AnalyzeClasses(packages = "org.maillage.actors", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    private static final String ROOT = "org.maillage.actors";

    @ArchTest
    static final ArchRule layersPointDownward = layeredArchitecture().consideringOnlyDependenciesInLayers()
            .layer("Rest").definedBy(ROOT + ".rest..")
            .layer("Service").definedBy(ROOT + ".service..")
            .layer("Events").definedBy(ROOT + ".events..")
            .layer("Repository").definedBy(ROOT + ".repository..")
            .layer("Domain").definedBy(ROOT + ".domain..")
            .layer("Config").definedBy(ROOT + ".config..")
            .whereLayer("Rest").mayNotBeAccessedByAnyLayer()
            .whereLayer("Service").mayOnlyBeAccessedByLayers("Rest")
            .whereLayer("Events").mayOnlyBeAccessedByLayers("Service")
            .whereLayer("Repository").mayOnlyBeAccessedByLayers("Service")
            .whereLayer("Domain").mayOnlyBeAccessedByLayers("Rest", "Service", "Events", "Repository")
            .whereLayer("Config").mayNotBeAccessedByAnyLayer();

    @ArchTest
    static final ArchRule requestAndResponseRecordsLiveInRest = classes()
            .that().resideInAPackage(ROOT + "..").and().haveSimpleNameEndingWith("Input")
            .or().haveSimpleNameEndingWith("Request").or().haveSimpleNameEndingWith("Response")
            .should().resideInAPackage(ROOT + ".rest..");

    @ArchTest
    static final ArchRule onlyRestSpeaksHttp = noClasses()
            .that().resideOutsideOfPackage(ROOT + ".rest..")
            .should().dependOnClassesThat().resideInAPackage("jakarta.ws.rs..");

    @ArchTest
    static final ArchRule noOtherServiceIsImported = noClasses()
            .should().dependOnClassesThat().resideInAnyPackage(
                    "org.maillage.alliances..", "org.maillage.diagnostics..", "org.maillage.gateway..");
}
