package org.retrace.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The window and the command line stand side by side; only the command line prints. */
@AnalyzeClasses(packages = "org.retrace", importOptions = ImportOption.DoNotIncludeTests.class)
class LayerTest {
    @ArchTest
    static final ArchRule commandLineNeedsNoScreen = noClasses().that().resideInAnyPackage("org.retrace.cli..",
                    "org.retrace.bench..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.retrace.gui..")
            .because("subcommands run headless, with no display");

    @ArchTest
    static final ArchRule windowDoesNotUseTheCommandLine = noClasses().that().resideInAPackage("org.retrace.gui..")
            .should().dependOnClassesThat().resideInAPackage("org.retrace.cli..");

    @ArchTest
    static final ArchRule drawingAndExportServeBoth = noClasses().that()
            .resideInAnyPackage("org.retrace.render..", "org.retrace.export..")
            .should().dependOnClassesThat().resideInAnyPackage("org.retrace.gui..", "org.retrace.cli..")
            .because("the window and the command line draw and export through the same code");

    @ArchTest
    static final ArchRule onlyTheCommandLinePrints = noClasses().that().resideOutsideOfPackages("org.retrace.cli..",
                    "org.retrace.app..")
            .should().accessField(System.class, "out").orShould().accessField(System.class, "err");
}
