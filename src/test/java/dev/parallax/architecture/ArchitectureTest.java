package dev.parallax.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The application's packages keep the picture of docs/architecture.md: no cycles, pure engines, a clean bottom. */
class ArchitectureTest {

    private static final ArchitectureRules RULES = new ArchitectureRules("dev.parallax");
    private static JavaClasses application;

    @BeforeAll
    static void importApplication() {
        application = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("dev.parallax");
    }

    @Test
    void noPackageReachesBackIntoAnotherThatReachesIt() {
        RULES.noPackageCycles().check(application);
    }

    @Test
    void noFeatureReachesBackIntoAnotherThatReachesIt() {
        RULES.noFeatureCycles().check(application);
    }

    @Test
    void everyEngineIsPlainJava() {
        RULES.enginesArePure().check(application);
    }

    @Test
    void textIsPlainJavaAtTheBottom() {
        RULES.textIsPure().check(application);
        RULES.textIsAtTheBottom().check(application);
    }

    @Test
    void commonKnowsNoFeatureAndKeepsHttpInItsWebPackage() {
        RULES.commonIsAtTheBottom().check(application);
        RULES.commonIsFreeOfHttp().check(application);
    }

    @Test
    void resourcesAndPagesLeaveTransactionsToServices() {
        RULES.resourcesDeclareNoTransactions().check(application);
    }

    @Test
    void storyAndUserSitUnderTheFeatures() {
        RULES.storyIsUnderTheFeatures().check(application);
        RULES.userIsUnderStory().check(application);
    }
}
