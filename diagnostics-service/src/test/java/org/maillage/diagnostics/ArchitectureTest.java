package org.maillage.diagnostics;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;
import java.util.Set;

/**
 * The layout of this service, pinned: features ({@code territories}, {@code indicators}, {@code diagnostics},
 * {@code conversations}, {@code coverage}) depending on each other one way, each with layers that depend only
 * downward, request and response records in {@code rest}, and nothing of another service.
 */
@AnalyzeClasses(packages = "org.maillage.diagnostics", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    private static final String ROOT = "org.maillage.diagnostics";
    private static final Set<String> FEATURES = Set.of("territories", "indicators", "diagnostics", "conversations",
            "coverage");

    /**
     * rest and projections (the handlers of other services' events) are entry points; services orchestrate;
     * repositories store the domain; outgoing event records are written by services only.
     */
    @ArchTest
    static final ArchRule layersDependOnlyDownward = layeredArchitecture().consideringOnlyDependenciesInLayers()
            .layer("rest").definedBy(ROOT + "..rest..")
            .layer("projections").definedBy(ROOT + "..projections..")
            .layer("service").definedBy(ROOT + "..service..")
            .layer("repository").definedBy(ROOT + "..repository..")
            .layer("domain").definedBy(ROOT + "..domain..")
            .layer("events").definedBy(ROOT + ".events..")
            .layer("config").definedBy(ROOT + ".config..")
            .whereLayer("rest").mayNotBeAccessedByAnyLayer()
            .whereLayer("projections").mayNotBeAccessedByAnyLayer()
            .whereLayer("service").mayOnlyBeAccessedByLayers("rest", "projections")
            .whereLayer("repository").mayOnlyBeAccessedByLayers("service")
            .whereLayer("events").mayOnlyBeAccessedByLayers("service")
            .whereLayer("domain").mayOnlyBeAccessedByLayers("rest", "projections", "service", "repository", "events",
                    "config")
            .whereLayer("config").mayOnlyBeAccessedByLayers("service", "repository", "domain");

    @ArchTest
    static final ArchRule featuresDependOnEachOtherOneWay = slices().assignedFrom(new SliceAssignment() {
        @Override
        public SliceIdentifier getIdentifierOf(JavaClass javaClass) {
            String[] parts = javaClass.getPackageName().split("\\.");
            return parts.length > 3 && FEATURES.contains(parts[3]) ? SliceIdentifier.of(parts[3]) : SliceIdentifier.ignore();
        }

        @Override
        public String getDescription() {
            return "the features of " + ROOT;
        }
    }).should().beFreeOfCycles();

    @ArchTest
    static final ArchRule requestsAndResponsesLiveInRest = classes().that().haveSimpleNameEndingWith("Request")
            .or().haveSimpleNameEndingWith("View").or().haveSimpleNameEndingWith("Page")
            .should().resideInAPackage(ROOT + "..rest..");

    @ArchTest
    static final ArchRule noOtherService = noClasses().should().dependOnClassesThat().resideInAnyPackage(
            "org.maillage.actors..", "org.maillage.alliances..", "org.maillage.gateway..");
}
