package io.github.cdsvn.scoring.uncertainty;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cdsvn.core.Label;
import io.github.cdsvn.scoring.uncertainty.Sensitivity.Model;
import org.junit.jupiter.api.Test;

/**
 * A sensitivity design tells what it is made of, and so does its result; quantiles interpolate
 * between order statistics as R's default (type 7) does.
 */
class SensitivityDesignTest {
  private static final Label X1 = Label.of("x1", "x1");
  private static final Label X2 = Label.of("x2", "x2");
  private static final Label Y = Label.of("y", "y");

  @Test
  void aDesignAndItsResultTellTheirFactorsOutputsSamplesAndSeed() {
    Sensitivity s = Sensitivity.builder().factor(X1).factor(X2, 3).output(Y).samples(64).bootstrap(20)
        .confidenceLevel(0.9).seed(5).threads(2).build();
    assertThat(s.factors()).containsExactly(X1, X2);
    assertThat(s.widths()).containsExactly(1, 3);
    assertThat(s.dimension()).isEqualTo(4);
    assertThat(s.outputs()).containsExactly(Y);
    assertThat(s.samples()).isEqualTo(64);
    assertThat(s.threads()).isEqualTo(2);
    // N (d + 2) runs of the model
    assertThat(s.runs()).isEqualTo(64 * 4);
    assertThat(s.toString()).isEqualTo(
        "Sensitivity{2 factors, 1 outputs, N = 64, 256 runs, 20 resamples at 0.9, seed 5, 2 threads}");

    SensitivityResult r = s.estimate(Model.scalar(x -> x[0] + 2 * x[1]));
    assertThat(r.samples()).isEqualTo(64);
    assertThat(r.runs()).isEqualTo(256);
    assertThat(r.bootstrapResamples()).isEqualTo(20);
    assertThat(r.confidenceLevel()).isEqualTo(0.9);
    assertThat(r.seed()).isEqualTo(5);
    assertThat(r.toString()).isEqualTo(
        "SensitivityResult{2 factors, 1 outputs, N = 64, 256 runs, 20 resamples at 0.9, seed 5}");
  }

  @Test
  void quantilesInterpolateBetweenOrderStatistics() {
    double[] five = {1, 2, 3, 4, 10};
    // h = (n - 1) p
    assertThat(Quantiles.at(five, 0.9)).isEqualTo(7.6, org.assertj.core.api.Assertions.within(1e-12));
    assertThat(Quantiles.at(five, 0.5)).isEqualTo(3);
    assertThat(Quantiles.at(five, 0.25)).isEqualTo(2);
    assertThat(Quantiles.at(five, 0.1)).isEqualTo(1.4, org.assertj.core.api.Assertions.within(1e-12));
    assertThat(Quantiles.at(five, 0)).isEqualTo(1);
    assertThat(Quantiles.at(five, 1)).isEqualTo(10);
    assertThat(Quantiles.at(new double[] {1, 2, 3, 4}, 0.5)).isEqualTo(2.5);
    assertThat(Quantiles.at(new double[] {42}, 0.3)).isEqualTo(42);
    assertThat(Quantiles.at(new double[] {-3, 5}, 0.75)).isEqualTo(3);
  }
}
