package dev.parallax.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.EvaluationResult;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The rules of {@link ArchitectureTest} fail on code that breaks them: the fixture packages under
 * {@code architecture.fixture} hold a deliberate cycle ({@code left} ↔ {@code right}), an engine that uses JAX-RS and a
 * {@code text} class that reaches up into a feature.
 */
class ArchitectureRulesCatchTest {

    private static final ArchitectureRules RULES = new ArchitectureRules("dev.parallax.architecture.fixture");
    private static JavaClasses fixture;

    @BeforeAll
    static void importFixture() {
        fixture = new ClassFileImporter().importPackages("dev.parallax.architecture.fixture");
    }

    @Test
    void aCycleBetweenTwoPackagesIsCaughtAndNamed() {
        EvaluationResult packages = RULES.noPackageCycles().evaluate(fixture);
        assertTrue(packages.hasViolation());
        String report = packages.getFailureReport().toString();
        assertTrue(report.contains("package left") && report.contains("package right"), report);
        assertTrue(RULES.noFeatureCycles().evaluate(fixture).hasViolation());
    }

    @Test
    void anEngineUsingJaxRsIsCaught() {
        EvaluationResult engines = RULES.enginesArePure().evaluate(fixture);
        assertTrue(engines.hasViolation());
        assertTrue(engines.getFailureReport().toString().contains("jakarta.ws.rs"));
    }

    @Test
    void textReachingIntoAFeatureIsCaught() {
        EvaluationResult text = RULES.textIsAtTheBottom().evaluate(fixture);
        assertTrue(text.hasViolation());
        assertTrue(text.getFailureReport().toString().contains("fixture.left.Left"));
    }

    @Test
    void aPageDeclaringATransactionIsCaught() {
        EvaluationResult pages = RULES.resourcesDeclareNoTransactions().evaluate(fixture);
        assertTrue(pages.hasViolation());
        assertTrue(pages.getFailureReport().toString().contains("fixture.web.TransactionalPage"));
    }

    @Test
    void cleanPackagesPass() {
        JavaClasses engineAlone = new ClassFileImporter().importPackages("dev.parallax.architecture.fixture.right");
        assertFalse(RULES.noPackageCycles().evaluate(engineAlone).hasViolation());
        assertFalse(RULES.textIsPure().evaluate(fixture).hasViolation());
    }
}
