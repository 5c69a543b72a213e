package io.github.cdsvn.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The quick start prints the scored targets and the reform, as the README promises. */
class QuickStartTest {

  @Test
  void printsEachLevelsAttainmentAndTheReform() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    QuickStart.run(LocalDate.of(2024, 12, 31), new PrintStream(bytes, true, StandardCharsets.UTF_8));
    String out = bytes.toString(StandardCharsets.UTF_8);
    // 88.4 against 95 from a natural zero: 88.4 / 95 = 93%
    assertThat(out).contains("cấp tỉnh: Đạt 93% chỉ tiêu: 88,4% so với mục tiêu 95% (cơ sở 0%)")
        .contains("district level: 88% attained: 70.5% against a target of 80% (baseline 0%)")
        .contains("số liệu minh họa")
        .contains("Tỉnh Quảng Bình (44) → Tỉnh Quảng Trị (44), full, 2025-07-01")
        .contains("code 44 on 2025-07-01: Tỉnh Quảng Trị");
  }
}
