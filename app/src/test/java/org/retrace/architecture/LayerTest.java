package org.retrace.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import org.retrace.layout.TidyTreeLayout;
import org.retrace.layout.TreeLayout;
import org.retrace.model.Trace;
import org.retrace.render.ShownTrace;
import org.retrace.render.TreeScene;

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

    @ArchTest
    static final ArchRule oneOwnerSetsUpAShownTree = noClasses().that().resideInAnyPackage("org.retrace.gui..",
                    "org.retrace.render..", "org.retrace.export..", "org.retrace.cli..")
            .and().doNotHaveFullyQualifiedName(ShownTrace.class.getName())
            // `bench layout` times the layout algorithm itself.
            .and().doNotHaveFullyQualifiedName("org.retrace.cli.BenchCommand$Layout")
            .should().callConstructor(TreeScene.class, Trace.class, TreeLayout.class)
            .orShould().dependOnClassesThat().areAssignableTo(TidyTreeLayout.class)
            .because("a shown tree's scene, layout and collapsed subtrees are set up one way, by ShownTrace; "
                    + "the tree view, pictures, animations and the render benchmark once each had a copy")
            .allowEmptyShould(false);
}
