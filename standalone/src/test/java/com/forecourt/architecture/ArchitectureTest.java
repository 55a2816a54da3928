package com.forecourt.architecture;

import com.forecourt.readmodel.ReadModel;
import com.forecourt.readmodel.ReadModelQueries;
import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import org.axonframework.queryhandling.QueryHandler;
import org.axonframework.spring.stereotype.Aggregate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.Map;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * The module boundaries Maven cannot express on its own. ArchUnit fails a rule that matches no class, so none of
 * these can pass vacuously.
 */
class ArchitectureTest {

    private static final DescribedPredicate<JavaClass> TELEMETRY =
            JavaClass.Predicates.resideInAPackage("com.forecourt.telemetry..");

    private static JavaClasses forecourt;

    @BeforeAll
    static void importClasses() {
        forecourt = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("com.forecourt");
    }

    @Test
    void eventsApiDependsOnNothingButTheJdk() {
        classes().that(inModule("events-api"))
                .should().onlyDependOnClassesThat(inModule("events-api").or(resideInJdk()))
                .check(forecourt);
    }

    @Test
    void commandSideNeverUsesQuerySideCode() {
        noClasses().that(inModule("command-side"))
                .should().dependOnClassesThat(inModule("query-side"))
                .check(forecourt);
    }

    @Test
    void querySideNeverUsesCommandSideCode() {
        noClasses().that(inModule("query-side"))
                .should().dependOnClassesThat(inModule("command-side"))
                .check(forecourt);
    }

    @Test
    void platformKnowsNoFeature() {
        noClasses().that(inModule("platform"))
                .should().dependOnClassesThat(inModule("command-side").or(inModule("query-side")))
                .check(forecourt);
    }

    @Test
    void aggregatesArePackagePrivate() {
        classes().that().areAnnotatedWith(Aggregate.class)
                .should().notBePublic()
                .check(forecourt);
    }

    @Test
    void readModelRuntimeKnowsNoFeature() {
        noClasses().that(inModule("read-models"))
                .should().dependOnClassesThat(inModule("query-side").or(inModule("command-side")))
                .check(forecourt);
    }

    @Test
    void commandSideTakesTimeOnlyFromAnInjectedClock() {
        takesTimeOnlyFromAnInjectedClock("command-side");
    }

    @Test
    void readModelRuntimeTakesTimeOnlyFromAnInjectedClock() {
        takesTimeOnlyFromAnInjectedClock("read-models");
    }

    @Test
    void telemetryTakesTimeOnlyFromAnInjectedClock() {
        takesTimeOnlyFromAnInjectedClock(TELEMETRY);
    }

    /** Telemetry is not a domain event (ADR 17): it never reaches Axon, its buses or its event store. */
    @Test
    void telemetryNeverReachesAxon() {
        noClasses().that(TELEMETRY)
                .should().dependOnClassesThat().resideInAPackage("org.axonframework..")
                .check(forecourt);
    }

    private static void takesTimeOnlyFromAnInjectedClock(String module) {
        takesTimeOnlyFromAnInjectedClock(inModule(module));
    }

    private static void takesTimeOnlyFromAnInjectedClock(DescribedPredicate<JavaClass> classes) {
        noClasses().that(classes)
                .should().callMethod(Instant.class, "now")
                .orShould().callMethod(LocalDate.class, "now")
                .orShould().callMethod(LocalDateTime.class, "now")
                .orShould().callMethod(OffsetDateTime.class, "now")
                .orShould().callMethod(ZonedDateTime.class, "now")
                .orShould().callMethod(Clock.class, "systemUTC")
                .orShould().callMethod(Clock.class, "systemDefaultZone")
                .orShould().callMethod(System.class, "currentTimeMillis")
                .check(forecourt);
    }

    @Test
    void queryHandlersAndProjectionsLiveOnlyOnTheQuerySide() {
        classes().that().haveSimpleNameEndingWith("Projection")
                .should(resideInQuerySide())
                .check(forecourt);
    }

    /** A projector is what its declaration says, named after its read model, and lives with the query side. */
    @Test
    void projectorsAreDeclaredReadModelsOnTheQuerySide() {
        classes().that().areAnnotatedWith(ReadModel.class)
                .should().haveSimpleNameEndingWith("Projection")
                .andShould(resideInQuerySide())
                .check(forecourt);
    }

    /**
     * One place for query handlers: a {@code <ReadModel>Queries} class beside the projection whose store it reads,
     * never the projector itself (which only handles events) and never a controller. The class declares the
     * projection it reads, so a query asked to see a position waits for the right read model.
     */
    @Test
    void queryHandlersLiveInTheQueriesClassOfAReadModel() {
        methods().that().areAnnotatedWith(QueryHandler.class)
                .should().beDeclaredInClassesThat().haveSimpleNameEndingWith("Queries")
                .andShould().beDeclaredInClassesThat().resideInAPackage("..projection..")
                .andShould().beDeclaredInClassesThat().areNotAnnotatedWith(ReadModel.class)
                .andShould().beDeclaredInClassesThat().areAnnotatedWith(ReadModelQueries.class)
                .check(forecourt);
    }

    /**
     * A bare collection loses its element type on a serializing query bus (ADR 10); even a list of strings, which
     * JSON would carry, is wrapped, so that there is one rule. SerializationContractTest checks the rest.
     */
    @Test
    void cannotAnswerAQueryWithABareCollection() {
        DescribedPredicate<JavaClass> collection = DescribedPredicate.describe("a collection, map or array",
                type -> type.isArray() || type.isAssignableTo(Iterable.class) || type.isAssignableTo(Map.class));
        methods().that().areAnnotatedWith(QueryHandler.class)
                .should().notHaveRawReturnType(collection)
                .check(forecourt);
    }

    static ArchCondition<JavaClass> resideInQuerySide() {
        return new ArchCondition<>("reside in the query-side module") {
            @Override
            public void check(JavaClass item, ConditionEvents events) {
                if (!inModule("query-side").test(item)) {
                    events.add(SimpleConditionEvent.violated(item, item.getName() + " is a projection outside query-side"));
                }
            }
        };
    }

    /** Which Maven module a class was compiled in, from where its class file was loaded. */
    static DescribedPredicate<JavaClass> inModule(String module) {
        return DescribedPredicate.describe("in module " + module, javaClass -> javaClass.getBaseComponentType().getSource()
                .map(source -> {
                    String uri = source.getUri().toString();
                    return uri.contains("/" + module + "/target/") || uri.contains("/" + module + "-0.");
                })
                .orElse(false));
    }

    static DescribedPredicate<JavaClass> resideInJdk() {
        return DescribedPredicate.describe("in the JDK", javaClass -> javaClass.getBaseComponentType().isPrimitive()
                || javaClass.getBaseComponentType().getPackageName().startsWith("java."));
    }
}
