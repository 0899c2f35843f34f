package org.retrace.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import org.jgrapht.Graph;
import org.retrace.model.TreeGraph;

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

    @ArchTest
    static final ArchRule algorithmsSeeATraceThroughTreeGraph = classes().that().resideInAPackage("org.retrace..")
            .and().areAssignableTo(Graph.class).should().haveFullyQualifiedName(TreeGraph.class.getName())
            .because("JGraphT's algorithms and exporters see a trace's tree through TreeGraph, which costs no "
                    + "memory; a copy into another JGraphT graph costs about 430 bytes a node")
            .allowEmptyShould(false);
}
