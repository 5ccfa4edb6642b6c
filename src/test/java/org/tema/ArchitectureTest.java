package org.tema;

import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The layering of docs/architecture.md, with the reason for each rule. */
class ArchitectureTest {
    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("org.tema");
    }

    @Test
    void layersUseOnlyTheLayersBelowThem() {
        layeredArchitecture().consideringOnlyDependenciesInLayers().withOptionalLayers(true)
                .layer("Root").definedBy("org.tema")
                .layer("Ui").definedBy("org.tema.ui..")
                .layer("Cli").definedBy("org.tema.cli..")
                .layer("Bench").definedBy("org.tema.bench..")
                .layer("App").definedBy("org.tema.app..")
                .layer("Io").definedBy("org.tema.io..")
                .layer("Report").definedBy("org.tema.report..")
                .layer("Analysis").definedBy("org.tema.analysis..")
                .layer("Store").definedBy("org.tema.store..")
                .layer("Model").definedBy("org.tema.model..")
                .whereLayer("Ui").mayOnlyBeAccessedByLayers("Root")
                .whereLayer("Cli").mayOnlyBeAccessedByLayers("Root", "Ui")
                .whereLayer("Bench").mayOnlyBeAccessedByLayers("Cli")
                .whereLayer("App").mayOnlyBeAccessedByLayers("Root", "Ui", "Cli", "Bench")
                .whereLayer("Io").mayOnlyBeAccessedByLayers("App", "Cli", "Bench")
                .whereLayer("Report").mayOnlyBeAccessedByLayers("Io", "App", "Ui", "Cli", "Bench")
                .whereLayer("Analysis").mayOnlyBeAccessedByLayers("App", "Io", "Report", "Ui", "Cli", "Bench")
                .whereLayer("Store").mayOnlyBeAccessedByLayers("App", "Io", "Cli", "Bench")
                .because("each layer may use only those below it (the GUI goes through the use cases, never to the store"
                        + " or a file format), so the domain can be tested and reused without the GUI")
                .check(classes);
    }

    @Test
    void onlyTheStoreTouchesSql() {
        noClasses().that().resideOutsideOfPackage("org.tema.store..")
                .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "org.sqlite..")
                .because("the store is the one place that knows the schema; everything else sees records")
                .check(classes);
    }

    @Test
    void theModelDependsOnNothingButTheJdk() {
        noClasses().that().resideInAPackage("org.tema.model..")
                .should().dependOnClassesThat().resideInAnyPackage("org.tema.store..", "org.tema.app..", "org.tema.io..",
                        "org.tema.ui..", "org.tema.cli..", "javafx..", "org.apache.poi..", "com.fasterxml..")
                .because("model records are plain values that every layer can share")
                .check(classes);
    }

    @Test
    void onlyTheUiUsesJavaFx() {
        noClasses().that().resideOutsideOfPackages("org.tema.ui..", "org.tema")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.fxmisc..", "atlantafx..")
                .because("the domain and the command line must run headless")
                .check(classes);
    }

    @Test
    void onlyIoUsesPoiAndXml() {
        noClasses().that().resideOutsideOfPackage("org.tema.io..")
                .should().dependOnClassesThat().resideInAnyPackage("org.apache.poi..", "javax.xml..", "org.w3c.dom..")
                .because("file formats live in io, behind small reader and writer interfaces")
                .check(classes);
    }

    @Test
    void reportContentKnowsNoFileFormat() {
        noClasses().that().resideInAPackage("org.tema.report..")
                .should().dependOnClassesThat().resideInAnyPackage("org.tema.store..", "org.tema.app..", "org.tema.io..",
                        "org.apache.poi..", "javafx..")
                .because("what goes into a report (settings, quotes, attribution lines) is shared by the Reporting view and"
                        + " every writer, so it must not depend on either")
                .check(classes);
    }

    @Test
    void analysisIsPure() {
        noClasses().that().resideInAPackage("org.tema.analysis..")
                .should().dependOnClassesThat().resideInAnyPackage("org.tema.store..", "org.tema.app..", "org.tema.io..")
                .because("analysis functions work on model values only, so they are easy to test and to benchmark")
                .allowEmptyShould(true)
                .check(classes);
    }
}
