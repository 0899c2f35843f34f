package org.retrace.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The model stays pure Java: no screen, no printing, and its core knows no file format. */
@AnalyzeClasses(packages = "org.retrace", importOptions = ImportOption.DoNotIncludeTests.class)
class LayerTest {
    @ArchTest
    static final ArchRule modelUsesNoJavaFx = noClasses().should().dependOnClassesThat()
            .resideInAPackage("javafx..").because("the model is computed and tested without a screen");

    @ArchTest
    static final ArchRule modelDoesNotPrint = noClasses().should().accessField(System.class, "out")
            .orShould().accessField(System.class, "err")
            .because("only the command line prints");

    @ArchTest
    static final ArchRule coreKnowsNoFormat = noClasses().that().resideInAPackage("org.retrace.model..")
            .should().dependOnClassesThat().resideInAnyPackage("org.retrace.format..", "org.retrace.stats..",
                    "org.retrace.generate..", "com.fasterxml.jackson..")
            .because("importers load into the model, not the other way round");
}
