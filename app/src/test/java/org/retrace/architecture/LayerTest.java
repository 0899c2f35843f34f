package org.retrace.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import java.util.BitSet;
import javafx.stage.FileChooser;
import org.retrace.export.Figure;
import org.retrace.format.TraceFiles;
import org.retrace.layout.TidyTreeLayout;
import org.retrace.layout.TreeLayout;
import org.retrace.model.Trace;
import org.retrace.narration.Narration;
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

    @ArchTest
    static final ArchRule onlyTheShownTraceMovesAndDressesTheScene = noClasses().that()
            .doNotHaveFullyQualifiedName(ShownTrace.class.getName())
            .and().doNotHaveFullyQualifiedName(TreeScene.class.getName())
            .should().callMethod(TreeScene.class, "showPosition", int.class)
            .orShould().callMethod(TreeScene.class, "setColourByValue", boolean.class)
            .orShould().callMethod(TreeScene.class, "setEdgeWidthByVisits", boolean.class)
            .orShould().callMethod(TreeScene.class, "setBadges", boolean.class)
            .orShould().callMethod(TreeScene.class, "setEdgeLabels", boolean.class)
            .orShould().callMethod(TreeScene.class, "setCollapsed", BitSet.class)
            .because("every view reads one position and one dress from the ShownTrace; the replay once moved "
                    + "the scene itself, and the window and the exports each dressed it their own way")
            .allowEmptyShould(false);

    @ArchTest
    static final ArchRule theMainWindowOnlyPutsThePartsTogether = noClasses().that()
            .haveFullyQualifiedName("org.retrace.gui.MainWindow")
            .should().dependOnClassesThat().belongToAnyOf(TreeScene.class, ShownTrace.class, TreeLayout.class,
                    TraceFiles.class, FileChooser.class, Figure.class, Narration.class)
            .because("loading is FileOpening's, drawing the views' and the exports', narration TraceViews'; "
                    + "MainWindow was once 952 lines doing all of it")
            .allowEmptyShould(false);

    @ArchTest
    static final ArchRule windowPartsDoNotDependOnEachOtherInCircles = slices()
            .matching("org.retrace.gui.(*)..").should().beFreeOfCycles();
}
