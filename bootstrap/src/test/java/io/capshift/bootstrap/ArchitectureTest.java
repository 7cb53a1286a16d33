package io.capshift.bootstrap;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The dependency rule of the hexagon, checked on the compiled classes of every module. */
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
}
