package io.github.cdsvn.scoring.uncertainty;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.cdsvn.core.InvalidValueException;
import io.github.cdsvn.core.Label;
import io.github.cdsvn.scoring.uncertainty.Sensitivity.Model;
import io.github.cdsvn.scoring.uncertainty.SensitivityResult.FactorSensitivity;
import io.github.cdsvn.scoring.uncertainty.SensitivityResult.OutputSensitivity;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The variance-based estimator on models whose indices are known. */
class SensitivityTest {
  private static final Label X1 = Label.of("x1", "x1");
  private static final Label X2 = Label.of("x2", "x2");
  private static final Label X3 = Label.of("x3", "x3");
  private static final Label Y = Label.of("y", "y");

  private static Sensitivity.Builder threeFactors() {
    return Sensitivity.builder().factor(X1).factor(X2).factor(X3).output(Y);
  }

  @Test
  void anAdditiveModelHasEqualFirstOrderAndTotalIndicesProportionalToTheSquaredCoefficients() {
    double[] c = {1, 2, 3};
    double sum = 1 + 4 + 9;
    SensitivityResult r = threeFactors().samples(20_000).bootstrap(200).seed(11).threads(2).build()
        .estimate(Model.scalar(x -> c[0] * x[0] + c[1] * x[1] + c[2] * x[2]));
    OutputSensitivity y = r.outputs().get(0);
    // V = Σ c² / 12 for independent U(0, 1)
    assertThat(y.variance()).isCloseTo(sum / 12, within(0.05));
    assertThat(y.mean()).isCloseTo(3.0, within(0.02));
    for (int i = 0; i < 3; i++) {
      double expected = c[i] * c[i] / sum;
      FactorSensitivity f = y.factors().get(i);
      assertThat(f.firstOrder().getAsDouble()).as("S_%d", i + 1).isCloseTo(expected, within(0.03));
      assertThat(f.totalEffect().getAsDouble()).as("S_T%d", i + 1).isCloseTo(expected, within(0.03));
      assertThat(f.firstOrderInterval().orElseThrow().contains(expected)).as("interval of S_%d", i + 1).isTrue();
      assertThat(f.totalEffectInterval().orElseThrow().contains(expected)).as("interval of S_T%d", i + 1).isTrue();
    }
  }

  @Test
  void theProductOfTwoUniformsHasInteractionsTheTotalIndicesShow() {
    // V = 7/144; S_1 = S_2 = (1/48)/(7/144) = 3/7; S_T1 = S_T2 = (1/48 + 1/144)/(7/144) = 4/7
    SensitivityResult r = Sensitivity.builder().factor(X1).factor(X2).output(Y).samples(40_000).bootstrap(200)
        .seed(3).build().estimate(Model.scalar(x -> x[0] * x[1]));
    OutputSensitivity y = r.outputs().get(0);
    assertThat(y.variance()).isCloseTo(7.0 / 144, within(0.002));
    for (FactorSensitivity f : y.factors()) {
      assertThat(f.firstOrder().getAsDouble()).isCloseTo(3.0 / 7, within(0.03));
      assertThat(f.totalEffect().getAsDouble()).isCloseTo(4.0 / 7, within(0.03));
      assertThat(f.totalEffect().getAsDouble()).isGreaterThan(f.firstOrder().getAsDouble());
      assertThat(f.firstOrderInterval().orElseThrow().contains(3.0 / 7)).isTrue();
      assertThat(f.totalEffectInterval().orElseThrow().contains(4.0 / 7)).isTrue();
    }
  }

  @Test
  void aFactorTheModelIgnoresHasATotalEffectOfExactlyZero() {
    qt().withExamples(20).forAll(longs().all(), doubles().between(0.1, 10)).checkAssert((seed, c) -> {
      SensitivityResult r = threeFactors().samples(50).bootstrap(20).seed(seed).threads(1).build()
          .estimate(Model.scalar(x -> c * x[0] + x[2] * x[2]));
      FactorSensitivity ignored = r.outputs().get(0).factors().get(1);
      assertThat(ignored.firstOrder().getAsDouble()).isEqualTo(0.0);
      assertThat(ignored.totalEffect().getAsDouble()).isEqualTo(0.0);
      assertThat(ignored.totalEffectInterval().orElseThrow()).isEqualTo(new Interval(0, 0));
    });
  }

  @Test
  void aGroupFactorOwnsSeveralColumnsAndIsStudiedAsOne() {
    Label pair = Label.of("cặp", "pair");
    Sensitivity s = Sensitivity.builder().factor(pair, 2).factor(X3).output(Y).samples(20_000).bootstrap(50)
        .seed(5).build();
    assertThat(s.dimension()).isEqualTo(3);
    assertThat(s.widths()).containsExactly(2, 1);
    assertThat(s.runs()).isEqualTo(20_000 * 4);
    // y = x1·x2 + x3: the pair holds every interaction; V = 7/144 + 1/12 = 19/144
    SensitivityResult r = s.estimate(Model.scalar(x -> x[0] * x[1] + x[2]));
    FactorSensitivity p = r.outputs().get(0).factor(pair).orElseThrow();
    assertThat(p.firstOrder().getAsDouble()).isCloseTo(7.0 / 19, within(0.03));
    assertThat(p.totalEffect().getAsDouble()).isCloseTo(7.0 / 19, within(0.03));
  }

  @Test
  void severalOutputsAreEstimatedFromTheSameRuns() {
    Label z = Label.of("z", "z");
    SensitivityResult r = Sensitivity.builder().factor(X1).factor(X2).output(Y).output(z).samples(20_000)
        .bootstrap(50).seed(9).build().estimate(x -> new double[] {x[0], x[1] * 2});
    assertThat(r.output(Y).orElseThrow().factors().get(0).totalEffect().getAsDouble()).isCloseTo(1, within(0.02));
    assertThat(r.output(Y).orElseThrow().factors().get(1).totalEffect().getAsDouble()).isEqualTo(0.0);
    assertThat(r.output(z).orElseThrow().factors().get(1).firstOrder().getAsDouble()).isCloseTo(1, within(0.03));
    assertThat(r.output(Label.of("w", "w"))).isEmpty();
    assertThat(r.factors()).containsExactly(X1, X2);
    assertThat(r.runs()).isEqualTo(80_000);
  }

  @Test
  void anOutputThatDoesNotVaryHasNoIndices() {
    SensitivityResult r = threeFactors().samples(10).bootstrap(10).build().estimate(Model.scalar(x -> 4.5));
    OutputSensitivity y = r.outputs().get(0);
    assertThat(y.varies()).isFalse();
    assertThat(y.variance()).isEqualTo(0.0);
    assertThat(y.mean()).isEqualTo(4.5);
    assertThat(y.factors()).allSatisfy(f -> {
      assertThat(f.firstOrder()).isEmpty();
      assertThat(f.totalEffect()).isEmpty();
      assertThat(f.firstOrderInterval()).isEmpty();
      assertThat(f.totalEffectInterval()).isEmpty();
    });
  }

  @Test
  void theSameSeedGivesTheSameIndicesWhateverTheNumberOfThreads() {
    qt().withExamples(10).forAll(longs().all()).checkAssert(seed -> {
      Model m = x -> new double[] {Math.sin(6 * x[0]) + x[1] * x[2], x[0] * x[0]};
      Sensitivity.Builder b = threeFactors().output(Label.of("z", "z")).samples(200).bootstrap(30).seed(seed);
      SensitivityResult one = b.threads(1).build().estimate(m);
      SensitivityResult two = b.threads(2).build().estimate(m);
      SensitivityResult three = b.threads(3).build().estimate(m);
      assertThat(two.outputs()).isEqualTo(one.outputs());
      assertThat(three.outputs()).isEqualTo(one.outputs());
    });
    Model m = Model.scalar(x -> x[0] + x[1] * x[2]);
    SensitivityResult a = threeFactors().samples(100).bootstrap(20).seed(1).build().estimate(m);
    SensitivityResult b = threeFactors().samples(100).bootstrap(20).seed(2).build().estimate(m);
    assertThat(a.outputs()).isNotEqualTo(b.outputs());
  }

  @Test
  void theListenerHearsMonotoneProgressEndingAtTheTotal() {
    for (int threads : new int[] {1, 2}) {
      List<long[]> calls = new ArrayList<>();
      Sensitivity s = threeFactors().samples(1000).bootstrap(10).threads(threads).build();
      s.estimate(Model.scalar(x -> x[0]), (done, total) -> {
        synchronized (calls) {
          calls.add(new long[] {done, total});
        }
      }, Cancellation.create());
      assertThat(calls).isNotEmpty();
      for (int i = 1; i < calls.size(); i++) {
        assertThat(calls.get(i)[0]).isGreaterThan(calls.get(i - 1)[0]);
      }
      assertThat(calls).allSatisfy(c -> assertThat(c[1]).isEqualTo(5000));
      assertThat(calls.get(calls.size() - 1)[0]).isEqualTo(5000);
    }
  }

  @Test
  void cancellingFromTheListenerStopsTheEstimateWithoutAResult() {
    for (int threads : new int[] {1, 2}) {
      Cancellation cancel = Cancellation.create();
      AtomicInteger evaluations = new AtomicInteger();
      Sensitivity s = threeFactors().samples(10_000).bootstrap(10).threads(threads).build();
      assertThatThrownBy(() -> s.estimate(Model.scalar(x -> {
        evaluations.incrementAndGet();
        return x[0];
      }), (done, total) -> {
        if (done >= total / 10) {
          cancel.cancel();
        }
      }, cancel)).isInstanceOf(CancellationException.class);
      assertThat(cancel.isCancelled()).isTrue();
      assertThat(evaluations.get()).isLessThan(s.runs());
    }
    Cancellation already = Cancellation.create();
    already.cancel();
    AtomicInteger evaluations = new AtomicInteger();
    assertThatThrownBy(() -> threeFactors().samples(10).bootstrap(10).build()
        .estimate(Model.scalar(x -> evaluations.incrementAndGet()), ProgressListener.NONE, already))
        .isInstanceOf(CancellationException.class);
    assertThat(evaluations.get()).isZero();
  }

  @Test
  void anExceptionOfTheModelOrTheListenerReachesTheCaller() {
    Sensitivity s = threeFactors().samples(100).bootstrap(10).threads(2).build();
    assertThatThrownBy(() -> s.estimate(Model.scalar(x -> {
      throw new IllegalStateException("model failed");
    }))).isInstanceOf(IllegalStateException.class).hasMessage("model failed");
    assertThatThrownBy(() -> s.estimate(Model.scalar(x -> x[0]), (done, total) -> {
      throw new IllegalStateException("listener failed");
    }, Cancellation.create())).isInstanceOf(IllegalStateException.class).hasMessage("listener failed");
  }

  @Test
  void badDesignsAreRefusedNamingTheFieldAndTheValue() {
    assertRefused(() -> Sensitivity.builder().samples(9), "Sensitivity.samples", "9");
    assertRefused(() -> Sensitivity.builder().samples(0), "Sensitivity.samples", "0");
    assertRefused(() -> Sensitivity.builder().bootstrap(9), "Sensitivity.bootstrap", "9");
    assertRefused(() -> Sensitivity.builder().confidenceLevel(1), "Sensitivity.confidenceLevel", "1");
    assertRefused(() -> Sensitivity.builder().confidenceLevel(0), "Sensitivity.confidenceLevel", "0");
    assertRefused(() -> Sensitivity.builder().confidenceLevel(Double.NaN), "Sensitivity.confidenceLevel", "NaN");
    assertRefused(() -> Sensitivity.builder().threads(0), "Sensitivity.threads", "0");
    assertRefused(() -> Sensitivity.builder().factor(X1, 0), "Sensitivity.factor.width", "0");
    assertRefused(() -> Sensitivity.builder().factor(X1).factor(X1), "Sensitivity.factor", "x1");
    assertRefused(() -> Sensitivity.builder().output(Y).output(Y), "Sensitivity.output", "y");
    assertRefused(() -> Sensitivity.builder().output(Y).build(), "Sensitivity.factors", "none");
    assertRefused(() -> Sensitivity.builder().factor(X1).build(), "Sensitivity.outputs", "none");
    assertRefused(() -> Sensitivity.builder().factor(X1).output(Y).samples(Integer.MAX_VALUE / 2).build(),
        "Sensitivity.samples", String.valueOf(Integer.MAX_VALUE / 2));
  }

  @Test
  void aModelThatBreaksItsContractIsRefused() {
    Sensitivity s = threeFactors().samples(10).bootstrap(10).build();
    assertRefused(() -> s.estimate(x -> new double[] {1, 2}), "Model.outputs", "2 outputs");
    assertRefused(() -> s.estimate(x -> null), "Model.outputs", "null");
    assertRefused(() -> s.estimate(Model.scalar(x -> x[0] > 0.5 ? Double.NaN : 1)), "Model.outputs[0]", "NaN");
    assertRefused(() -> s.estimate(Model.scalar(x -> Double.POSITIVE_INFINITY)), "Model.outputs[0]", "Infinity");
  }

  @Test
  void intervalsAreCheckedAndHoldTheirEnds() {
    assertThat(new Interval(1, 2).contains(1)).isTrue();
    assertThat(new Interval(1, 2).contains(2.5)).isFalse();
    assertThat(new Interval(1, 3).width()).isEqualTo(2.0);
    assertRefused(() -> new Interval(2, 1), "Interval.upper", "1");
    assertRefused(() -> new Interval(Double.NaN, 1), "Interval.lower", "NaN");
    assertRefused(() -> new Interval(0, Double.POSITIVE_INFINITY), "Interval.upper", "Infinity");
  }

  static void assertRefused(Runnable r, String field, String value) {
    assertThatThrownBy(r::run).isInstanceOfSatisfying(InvalidValueException.class, e -> {
      assertThat(e.field()).isEqualTo(field);
      assertThat(e.value()).isEqualTo(value);
    });
  }
}
