package io.capshift.bootstrap;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Locale;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The dependency rule of the hexagon, and what keeps a command's fresh process from paying for
 * set-up it does not need, checked on the compiled classes of every module.
 */
class ArchitectureTest {
  private static JavaClasses classes;

  /** Dagger writes its factories into the packages of the classes they build. */
  private static final String DAGGER_GENERATED = "dagger.internal.DaggerGenerated";

  @BeforeAll
  static void importClasses() {
    classes =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.capshift");
  }

  @Test
  void domain_importsOnlyTheJdkAndItself() {
    classes()
        .that()
        .resideInAPackage("io.capshift.domain..")
        .and()
        .areNotAnnotatedWith(DAGGER_GENERATED)
        .should()
        .onlyDependOnClassesThat()
        .resideInAnyPackage("java..", "io.capshift.domain..")
        .check(classes);
  }

  @Test
  void domain_hasNoFileIoOrWallClock() {
    noClasses()
        .that()
        .resideInAPackage("io.capshift.domain..")
        .and()
        .areNotAnnotatedWith(DAGGER_GENERATED)
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("java.nio.file..", "java.io..", "java.util.logging..")
        .orShould()
        .callMethod(System.class, "currentTimeMillis")
        .orShould()
        .callMethod(java.time.Instant.class, "now")
        .orShould()
        .callMethod(java.time.LocalDate.class, "now")
        .check(classes);
  }

  @Test
  void application_dependsOnlyOnDomainAndItsLibraries() {
    classes()
        .that()
        .resideInAPackage("io.capshift.application..")
        .and()
        .areNotAnnotatedWith(DAGGER_GENERATED)
        .should()
        .onlyDependOnClassesThat()
        .resideInAnyPackage(
            "java..",
            "io.capshift.domain..",
            "io.capshift.application..",
            "jakarta.inject..",
            "com.github.benmanes.caffeine..")
        .check(classes);
  }

  @Test
  void persistenceAdapter_neverImportsTheGrpcAdapterOrBootstrap() {
    noClasses()
        .that()
        .resideInAPackage("io.capshift.adapter.persistence..")
        .and()
        .areNotAnnotatedWith(DAGGER_GENERATED)
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "io.capshift.adapter.grpc..",
            "io.capshift.bootstrap..",
            "io.capshift.api..",
            "io.grpc..",
            "com.google.protobuf..")
        .check(classes);
  }

  @Test
  void grpcAdapter_neverImportsThePersistenceAdapterOrBootstrap() {
    noClasses()
        .that()
        .resideInAPackage("io.capshift.adapter.grpc..")
        .and()
        .areNotAnnotatedWith(DAGGER_GENERATED)
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("io.capshift.adapter.persistence..", "io.capshift.bootstrap..")
        .check(classes);
  }

  @Test
  void adapters_dependOnlyOnTheApplicationsPortsAndTheDomain() {
    noClasses()
        .that()
        .resideInAPackage("io.capshift.adapter..")
        .and()
        .areNotAnnotatedWith(DAGGER_GENERATED)
        .should()
        .dependOnClassesThat(
            resideInAPackage("io.capshift.application..")
                .and(not(resideInAPackage("io.capshift.application.port.."))))
        .orShould()
        .dependOnClassesThat()
        .resideInAnyPackage("io.capshift.bootstrap..", "io.capshift.bench..")
        .check(classes);
  }

  @Test
  void cliAdapter_importsNoOtherAdapterNorTheApi() {
    noClasses()
        .that()
        .resideInAPackage("io.capshift.adapter.cli..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "io.capshift.adapter.grpc..",
            "io.capshift.adapter.persistence..",
            "io.capshift.api..",
            "io.grpc..",
            "com.google.protobuf..")
        .check(classes);
  }

  /** The command line's parser knows nothing of capshift: it only reads command lines. */
  @Test
  void commandLineParser_dependsOnNothingOfCapshift() {
    noClasses()
        .that()
        .resideInAPackage("io.capshift.adapter.cli.line..")
        .should()
        .dependOnClassesThat()
        .resideOutsideOfPackages("io.capshift.adapter.cli.line..", "java..")
        .check(classes);
  }

  /** An embedding JVM service opens a store through Capshift without gRPC or the CLI. */
  @Test
  void embeddingFacade_needsNeitherGrpcNorTheCommandLine() {
    noClasses()
        .that()
        .belongToAnyOf(Capshift.class, CapshiftComponent.class)
        .or()
        .haveSimpleNameStartingWith("DaggerCapshiftComponent")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "io.grpc..",
            "io.capshift.api..",
            "io.capshift.adapter.grpc..",
            "io.capshift.adapter.cli..")
        .check(classes);
  }

  /** Today comes from the injected clock; only bootstrap reads the system clock. */
  @Test
  void onlyBootstrap_readsTheWallClock() {
    noClasses()
        .that()
        .resideOutsideOfPackage("io.capshift.bootstrap..")
        .should()
        .callMethod(Clock.class, "systemUTC")
        .orShould()
        .callMethod(Clock.class, "systemDefaultZone")
        .orShould()
        .callMethod(Clock.class, "system", ZoneId.class)
        .orShould()
        .callMethod(LocalDate.class, "now")
        .orShould()
        .callMethod(LocalDateTime.class, "now")
        .orShould()
        .callMethod(Instant.class, "now")
        .orShould()
        .callMethod(System.class, "currentTimeMillis")
        .check(classes);
  }

  @Test
  void onlyBootstrap_knowsDagger() {
    noClasses()
        .that()
        .resideOutsideOfPackage("io.capshift.bootstrap..")
        .and()
        .areNotAnnotatedWith(DAGGER_GENERATED)
        .should()
        .dependOnClassesThat()
        .resideInAPackage("dagger..")
        .check(classes);
  }

  /** docs/performance.md, "The fourth round". */
  @Test
  void numbersAreFormattedWithLocaleUs() {
    noClasses()
        .should()
        .accessField(Locale.class, "ROOT")
        .because(
            "java.util.Formatter reads no locale data for Locale.US alone: the first number"
                + " formatted under Locale.ROOT loads the locale providers, ~10 ms in a fresh"
                + " process, and prints the same digits")
        .check(classes);
  }
}
