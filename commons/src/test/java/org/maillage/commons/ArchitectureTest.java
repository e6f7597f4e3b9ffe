package org.maillage.commons;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** Commons is the plumbing every service shares: it may know none of them, nor their domain (territories). */
@AnalyzeClasses(packages = "org.maillage.commons", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule dependsOnNoService = noClasses().should().dependOnClassesThat()
            .resideInAnyPackage("org.maillage.actors..", "org.maillage.alliances..", "org.maillage.diagnostics..",
                    "org.maillage.gateway..", "org.maillage.territory..");
}
