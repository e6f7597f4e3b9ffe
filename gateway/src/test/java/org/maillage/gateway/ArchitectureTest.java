package org.maillage.gateway;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The gateway is organised by feature over an access check and a few shared packages; its package graph runs one
 * way. Features plug into the access check through the interfaces it owns ({@code StoredKeys},
 * {@code ReplacedSecrets}), so the check never reaches into them.
 */
@AnalyzeClasses(packages = "org.maillage.gateway", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule packagesAreFreeOfCycles = slices().matching("org.maillage.gateway.(*)..")
            .should().beFreeOfCycles();

    @ArchTest
    static final ArchRule featuresOverAccessCheckOverSharedPackages = layeredArchitecture()
            .consideringOnlyDependenciesInLayers()
            .layer("Features").definedBy("org.maillage.gateway.apikeys..", "org.maillage.gateway.webhooks..",
                    "org.maillage.gateway.feed..", "org.maillage.gateway.overview..", "org.maillage.gateway.openapi..",
                    "org.maillage.gateway.proxy..")
            .layer("Access check").definedBy("org.maillage.gateway.security..")
            .layer("Shared").definedBy("org.maillage.gateway.caller..", "org.maillage.gateway.identity..",
                    "org.maillage.gateway.http..", "org.maillage.gateway.routing..", "org.maillage.gateway.config..",
                    "org.maillage.gateway.housekeeping..")
            .whereLayer("Features").mayNotBeAccessedByAnyLayer()
            .whereLayer("Access check").mayOnlyBeAccessedByLayers("Features")
            .whereLayer("Shared").mayOnlyBeAccessedByLayers("Access check", "Features");

    @ArchTest
    static final ArchRule noServiceIsImported = noClasses().should().dependOnClassesThat()
            .resideInAnyPackage("org.maillage.actors..", "org.maillage.alliances..", "org.maillage.diagnostics..");
}
