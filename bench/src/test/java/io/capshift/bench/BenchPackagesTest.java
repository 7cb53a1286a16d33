package io.capshift.bench;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The benchmarks live in their own package: they reach the modules they measure through public
 * entry points, never by sitting in another module's package. (The benchmarks themselves never run
 * in the tests.)
 */
class BenchPackagesTest {

  @Test
  void benchClasses_resideInTheBenchPackageOnly() {
    JavaClasses bench = new ClassFileImporter().importPath(Path.of("target", "classes"));

    assertThat(bench).isNotEmpty();
    classes().should().resideInAPackage("io.capshift.bench..").check(bench);
  }
}
