package dev.parallax.architecture;

import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The package rules of docs/architecture.md, written once for a root package so that the same rules check the
 * application ({@code dev.parallax}) and, in {@link ArchitectureRulesCatchTest}, a small fixture that breaks each
 * of them on purpose: a rule that could not fail would keep nothing.
 */
final class ArchitectureRules {

    /** Framework code a pure package (an engine, {@code text}) may not touch. */
    static final String[] FRAMEWORKS = {"io.quarkus..", "jakarta..", "javax.persistence..", "org.hibernate..",
            "io.vertx..", "org.jboss.resteasy..", "io.smallrye..", "org.eclipse.microprofile.."};

    /** HTTP: what {@code common} itself may not touch (its web half lives in {@code common.web}). */
    static final String[] HTTP = {"jakarta.ws.rs..", "io.vertx..", "org.jboss.resteasy..", "io.quarkus.vertx..",
            "io.quarkus.qute..", "io.quarkus.security.."};

    /** The features above {@code story} and {@code user}. */
    static final String[] FEATURES = {"align", "compare", "edit", "exchange", "grammar", "intake", "memory", "ops", "term"};

    private final String root;

    ArchitectureRules(String root) {
        this.root = root;
    }

    /** No two packages (each package on its own, sub-packages included) reach each other. */
    ArchRule noPackageCycles() {
        return slices().matching(root + ".(**)").namingSlices("package $1").should().beFreeOfCycles();
    }

    /** No two top-level packages (a feature with all its sub-packages) reach each other. */
    ArchRule noFeatureCycles() {
        return slices().matching(root + ".(*)..").namingSlices("feature $1").should().beFreeOfCycles();
    }

    /** Engines hold the algorithms: plain Java, testable without Quarkus, a database or HTTP. */
    ArchRule enginesArePure() {
        return noClasses().that().resideInAPackage(root + "..engine..")
                .should().dependOnClassesThat().resideInAnyPackage(FRAMEWORKS)
                .because("an engine is plain Java: no Quarkus, Jakarta, JPA or Hibernate");
    }

    /** {@code text} is the pure core every feature shares: no framework, no HTTP. */
    ArchRule textIsPure() {
        return noClasses().that().resideInAPackage(root + ".text..")
                .should().dependOnClassesThat().resideInAnyPackage(FRAMEWORKS)
                .because("text handling is plain Java that any feature, engine or test can call");
    }

    /** {@code text} is at the bottom: it imports nothing of the application. */
    ArchRule textIsAtTheBottom() {
        return noClasses().that().resideInAPackage(root + ".text..")
                .should().dependOnClassesThat(resideInAPackage(root + "..").and(not(resideInAPackage(root + ".text.."))))
                .because("text is at the bottom of the package picture");
    }

    /** {@code common} is at the bottom with {@code text}: it knows no feature. */
    ArchRule commonIsAtTheBottom() {
        return noClasses().that().resideInAPackage(root + ".common..")
                .should().dependOnClassesThat(resideInAPackage(root + "..")
                        .and(not(resideInAnyPackage(root + ".common..", root + ".text.."))))
                .because("common is at the bottom of the package picture: features depend on it, never the reverse");
    }

    /** The package {@code common} itself is free of HTTP; error mappers, flash messages and filters are in common.web. */
    ArchRule commonIsFreeOfHttp() {
        return noClasses().that().resideInAPackage(root + ".common")
                .should().dependOnClassesThat().resideInAnyPackage(HTTP)
                .because("HTTP belongs in common.web");
    }

    /** Resources and pages declare no transaction: the service method of the user's action owns it (ADR 25). */
    ArchRule resourcesDeclareNoTransactions() {
        return noClasses().that().resideInAnyPackage(root + "..api..", root + "..web..")
                .should().dependOnClassesThat().haveFullyQualifiedName("jakarta.transaction.Transactional")
                .because("a service method owns each user action's transaction (ADR 25)");
    }

    /** {@code story} sits under the features: they use stories, a story knows none of them. */
    ArchRule storyIsUnderTheFeatures() {
        return noClasses().that().resideInAPackage(root + ".story..")
                .should().dependOnClassesThat().resideInAnyPackage(features())
                .because("story is under the features");
    }

    /** {@code user} sits under {@code story} and the features: who someone is, not what they work on. */
    ArchRule userIsUnderStory() {
        String[] above = java.util.Arrays.copyOf(features(), FEATURES.length + 1);
        above[FEATURES.length] = root + ".story..";
        return noClasses().that().resideInAPackage(root + ".user..")
                .should().dependOnClassesThat().resideInAnyPackage(above)
                .because("user is under story and the features");
    }

    private String[] features() {
        String[] packages = new String[FEATURES.length];
        for (int i = 0; i < FEATURES.length; i++) {
            packages[i] = root + "." + FEATURES[i] + "..";
        }
        return packages;
    }
}
